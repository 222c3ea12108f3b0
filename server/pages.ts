export const notBuiltPage = `<!doctype html><html><head><meta charset="utf-8"><title>Relance</title>
<link rel="icon" href="data:,"></head><body>
<h1>Relance</h1>
<p>The interface is not built yet. Run <code>npm run build:renderer</code>, then reload this page.</p>
<p lang="fr">L’interface n’est pas encore construite. Lancez <code>npm run build:renderer</code>, puis rechargez la page.</p>
</body></html>`;
