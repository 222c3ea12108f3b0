import type { SecurityMode } from './mailbox';

// The SMTP submission settings each provider documents, and a pace that stays human
// (docs/practice.md): well under the provider's published daily limit, a few seconds between
// messages. Used by the Settings window's preset picker and by `relance mailbox --preset NAME`.
export type MailboxPreset = {
  id: string;
  name: string;
  host: string;
  port: number;
  security: SecurityMode;
  // Where the same account reads its mail (IMAP), for replies and bounces; null: fill it in.
  imap: { host: string; port: number; security: SecurityMode } | null;
  minIntervalSeconds: number;
  hourlyCap: number;
  dailyCap: number;
  // 'app-password': the provider refuses the account's own password from other apps.
  passwordKind: 'app-password' | 'password';
  helpUrl: string | null;
  note: { en: string; fr: string };
};

// Most providers publish a daily limit between 300 and 1,000 messages for one person's
// mailbox; 200 a day, 50 an hour, 20 s apart stays far below any of them.
const careful = { minIntervalSeconds: 20, hourlyCap: 50, dailyCap: 200 } as const;

export const mailboxPresets: readonly MailboxPreset[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    host: 'smtp.gmail.com',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
    // Google allows 500 a day from a personal account; about 400 leaves room for the owner's own mail.
    minIntervalSeconds: 20,
    hourlyCap: 60,
    dailyCap: 400,
    passwordKind: 'app-password',
    helpUrl: 'https://support.google.com/accounts/answer/185833',
    note: {
      en: 'Gmail needs an app password, not your Google password. Turn on 2-Step Verification in your Google Account, then create an app password at myaccount.google.com/apppasswords and paste its 16 letters here. Port 587 with STARTTLS works too.',
      fr: 'Gmail demande un mot de passe d’application, pas celui de votre compte Google. Activez la validation en deux étapes dans votre compte Google, puis créez un mot de passe d’application sur myaccount.google.com/apppasswords et collez ses 16 lettres ici. Le port 587 avec STARTTLS fonctionne aussi.',
    },
  },
  {
    id: 'google-workspace',
    name: 'Google Workspace',
    host: 'smtp.gmail.com',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
    // Google allows 2,000 a day from a paid Workspace account; half of it is plenty.
    minIntervalSeconds: 15,
    hourlyCap: 100,
    dailyCap: 1000,
    passwordKind: 'app-password',
    helpUrl: 'https://support.google.com/accounts/answer/185833',
    note: {
      en: 'The same server as Gmail. Use your full work address as the user name and an app password: turn on 2-Step Verification, then create one at myaccount.google.com/apppasswords. If that page says app passwords are not available, your administrator has turned them off: ask them.',
      fr: 'Le même serveur que Gmail. Indiquez votre adresse professionnelle complète comme identifiant et un mot de passe d’application : activez la validation en deux étapes, puis créez-en un sur myaccount.google.com/apppasswords. Si cette page dit que les mots de passe d’application ne sont pas disponibles, votre administrateur les a désactivés : demandez-lui.',
    },
  },
  {
    id: 'outlook-com',
    name: 'Outlook.com, Hotmail, Live',
    host: 'smtp-mail.outlook.com',
    port: 587,
    security: 'starttls',
    imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'app-password',
    helpUrl: 'https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
    note: {
      en: 'For personal Microsoft accounts (outlook.com, hotmail.com, live.com). Since September 2024 Microsoft has been moving these accounts to Microsoft sign-in only for other apps, so a password, even an app password from account.microsoft.com/security, may be refused. Signing in with Microsoft comes later in Relance; until then, if the test fails, use another mailbox.',
      fr: 'Pour les comptes Microsoft personnels (outlook.com, hotmail.com, live.com). Depuis septembre 2024, Microsoft réserve peu à peu ces comptes à la connexion Microsoft pour les autres applications : un mot de passe, même un mot de passe d’application créé sur account.microsoft.com/security, peut être refusé. La connexion avec Microsoft arrivera plus tard dans Relance ; d’ici là, si le test échoue, utilisez une autre boîte mail.',
    },
  },
  {
    id: 'microsoft-365',
    name: 'Microsoft 365',
    host: 'smtp.office365.com',
    port: 587,
    security: 'starttls',
    imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
    // Exchange Online accepts 30 messages a minute and 10,000 recipients a day; people do not write that fast.
    minIntervalSeconds: 15,
    hourlyCap: 100,
    dailyCap: 1000,
    passwordKind: 'password',
    helpUrl: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    note: {
      en: 'Sending with a password (SMTP AUTH) must be allowed for your mailbox. Microsoft switches it off by default at the end of December 2026. Your administrator can keep SMTP AUTH on for this one mailbox; otherwise use another provider or a sending relay. Signing in with Microsoft (OAuth) comes later in Relance.',
      fr: 'L’envoi avec un mot de passe (SMTP AUTH) doit être autorisé pour votre boîte. Microsoft le désactive par défaut fin décembre 2026. Votre administrateur peut le laisser activé pour cette seule boîte ; sinon, utilisez un autre fournisseur ou un relais d’envoi. La connexion avec Microsoft (OAuth) arrivera plus tard dans Relance.',
    },
  },
  {
    id: 'icloud',
    name: 'iCloud Mail',
    host: 'smtp.mail.me.com',
    port: 587,
    security: 'starttls',
    imap: { host: 'imap.mail.me.com', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'app-password',
    helpUrl: 'https://support.apple.com/en-us/102654',
    note: {
      en: 'iCloud needs an app-specific password: create one at account.apple.com, under Sign-In and Security. Use your full iCloud address (name@icloud.com) as the user name, even when you send from your own domain.',
      fr: 'iCloud demande un mot de passe pour application : créez-en un sur account.apple.com, rubrique Connexion et sécurité. Indiquez votre adresse iCloud complète (nom@icloud.com) comme identifiant, même si vous envoyez depuis votre propre domaine.',
    },
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail',
    host: 'smtp.mail.yahoo.com',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.mail.yahoo.com', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'app-password',
    helpUrl: 'https://help.yahoo.com/kb/SLN15241.html',
    note: {
      en: 'Yahoo needs an app password: in your Yahoo account’s security page, choose “Generate app password” and paste it here.',
      fr: 'Yahoo demande un mot de passe d’application : dans la page Sécurité de votre compte Yahoo, choisissez « Générer un mot de passe d’application » et collez-le ici.',
    },
  },
  {
    id: 'orange',
    name: 'Orange',
    host: 'smtp.orange.fr',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.orange.fr', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'Use your full Orange address (name@orange.fr or @wanadoo.fr) and the password of your Orange mailbox.',
      fr: 'Indiquez votre adresse Orange complète (nom@orange.fr ou @wanadoo.fr) et le mot de passe de votre messagerie Orange.',
    },
  },
  {
    id: 'free',
    name: 'Free',
    host: 'smtp.free.fr',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.free.fr', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'Use your full Free address (name@free.fr) and the password of your Free mailbox.',
      fr: 'Indiquez votre adresse Free complète (nom@free.fr) et le mot de passe de votre messagerie Free.',
    },
  },
  {
    id: 'sfr',
    name: 'SFR',
    host: 'smtp.sfr.fr',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.sfr.fr', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'Use your full SFR address (name@sfr.fr or @neuf.fr) and the password of your SFR mailbox.',
      fr: 'Indiquez votre adresse SFR complète (nom@sfr.fr ou @neuf.fr) et le mot de passe de votre messagerie SFR.',
    },
  },
  {
    id: 'ovh',
    name: 'OVHcloud',
    host: 'ssl0.ovh.net',
    port: 465,
    security: 'tls',
    imap: { host: 'ssl0.ovh.net', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'For an email address of your own domain hosted by OVHcloud (MX Plan): the full address as the user name and the password of that address.',
      fr: 'Pour une adresse de votre domaine hébergée chez OVHcloud (MX Plan) : l’adresse complète comme identifiant et le mot de passe de cette adresse.',
    },
  },
  {
    id: 'gandi',
    name: 'Gandi',
    host: 'mail.gandi.net',
    port: 465,
    security: 'tls',
    imap: { host: 'mail.gandi.net', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'For a mailbox of your own domain at Gandi: the full address as the user name and the password of that mailbox.',
      fr: 'Pour une boîte de votre domaine chez Gandi : l’adresse complète comme identifiant et le mot de passe de cette boîte.',
    },
  },
  {
    id: 'infomaniak',
    name: 'Infomaniak',
    host: 'mail.infomaniak.com',
    port: 465,
    security: 'tls',
    imap: { host: 'mail.infomaniak.com', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'Use the full address as the user name. If your Infomaniak account has two-step verification, create a password for this app in the Infomaniak Mail settings.',
      fr: 'Indiquez l’adresse complète comme identifiant. Si votre compte Infomaniak a la validation en deux étapes, créez un mot de passe pour cette application dans les réglages d’Infomaniak Mail.',
    },
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    host: 'smtp.zoho.eu',
    port: 465,
    security: 'tls',
    imap: { host: 'imap.zoho.eu', port: 993, security: 'tls' },
    ...careful,
    passwordKind: 'password',
    helpUrl: 'https://www.zoho.com/mail/help/zoho-smtp.html',
    note: {
      en: 'smtp.zoho.eu is for accounts opened in Europe; elsewhere it is smtp.zoho.com. With two-factor authentication on, use an application-specific password created in your Zoho account’s security settings.',
      fr: 'smtp.zoho.eu vaut pour les comptes ouverts en Europe ; ailleurs, c’est smtp.zoho.com. Si l’authentification à deux facteurs est activée, utilisez un mot de passe d’application créé dans les réglages de sécurité de votre compte Zoho.',
    },
  },
  {
    id: 'other',
    name: 'Other',
    host: '',
    port: 587,
    security: 'starttls',
    imap: null,
    ...careful,
    passwordKind: 'password',
    helpUrl: null,
    note: {
      en: 'Enter the outgoing (SMTP) server your provider gives for email apps: usually port 587 with STARTTLS, or 465 with TLS.',
      fr: 'Indiquez le serveur sortant (SMTP) que votre fournisseur donne pour les logiciels de messagerie : en général le port 587 avec STARTTLS, ou 465 avec TLS.',
    },
  },
];

export const findPreset = (id: string): MailboxPreset | undefined => mailboxPresets.find((preset) => preset.id === id);
