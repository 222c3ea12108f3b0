// Shown instead of the app when the browser has no key, in both languages since we cannot know.
export const missingTokenPage = `<!doctype html><html><head><meta charset="utf-8"><title>Relance</title>
<link rel="icon" href="data:,"></head><body>
<h1>Relance</h1>
<p>Open the address printed in the terminal where Relance started: it carries the key for this session.</p>
<p lang="fr">Ouvrez l’adresse affichée dans le terminal où Relance a démarré : elle contient la clé de cette session.</p>
</body></html>`;

export const notBuiltPage = `<!doctype html><html><head><meta charset="utf-8"><title>Relance</title>
<link rel="icon" href="data:,"></head><body>
<h1>Relance</h1>
<p>The interface is not built yet. Run <code>npm run build:renderer</code>, then reload this page.</p>
<p lang="fr">L’interface n’est pas encore construite. Lancez <code>npm run build:renderer</code>, puis rechargez la page.</p>
</body></html>`;
