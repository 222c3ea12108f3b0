import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { testCertificate } from './smtp-test-server';

// A real Dovecot on 127.0.0.1 for the IMAP reader's tests (docs/testing.md): a private config in a
// temporary directory, a passwd-file user, STARTTLS on `port` and implicit TLS on `tlsPort`,
// the certificate of smtp-test-server.ts, and Sent (\Sent) and Junk (\Junk) made at login.
export type DovecotServer = {
  port: number;
  tlsPort: number;
  certPem: string;
  user: string;
  password: string;
  append: (folder: string, raw: Buffer | string, options?: { flags?: string[]; internalDate?: Date }) => Promise<number>;
  // Every message's stored flags by UID, read without changing them (EXAMINE).
  flagsOf: (folder: string) => Promise<Map<number, string[]>>;
  createFolder: (path: string, specialUse?: '\\Sent' | '\\Junk') => Promise<void>;
  close: () => Promise<void>;
};

export type DovecotOptions = { user?: string; password?: string };

const DOVECOT = '/usr/sbin/dovecot';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

type Layout = { dir: string; port: number; tlsPort: number; user: string; password: string };

// As root, mail is stored by `mail` (uid 8) as docs/testing.md notes; otherwise Dovecot runs
// entirely as the current user, which needs its internal users changed and no chroot.
const identity = () => {
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'mail'], { encoding: 'utf8' }).trim());
    return { uid: id('-u'), gid: id('-g'), settings: '' };
  }
  const { uid, gid, username } = userInfo();
  const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  return {
    uid, gid,
    settings: `default_internal_user = ${username}\ndefault_login_user = ${username}\ndefault_internal_group = ${group}\nservice anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n`,
  };
};

const configOf = ({ dir, port, tlsPort }: Layout, who: ReturnType<typeof identity>) => `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
first_valid_uid = ${Math.min(who.uid, 8)}
mail_location = maildir:~/Maildir
mail_fsync = never
ssl = yes
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login
# The 2 s default made each wrong-password test 1.5 s slower (docs/testing.md).
auth_failure_delay = 0
# The auth penalty held the login after a wrong-password test ~4 s; the auth process skips it
# when it cannot reach this socket.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
${who.settings}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${who.uid} gid=${who.gid} home=${dir}/mail/%u
}
protocol imap {
  mail_max_userip_connections = 100
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = ${tlsPort}
    ssl = yes
  }
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
}
`;

// The shell holds Dovecot and reads our stdin: when this process ends, even by SIGKILL, the
// pipe closes, Dovecot is stopped and its directory removed, so no test run leaves them behind.
const WATCHDOG = `exec 3<&0
"$1" -F -c "$2" </dev/null >"$3" 2>&1 & pid=$!
( read _ <&3; kill $pid 2>/dev/null; while kill -0 $pid 2>/dev/null; do sleep 0.1; done; rm -rf "$4" ) &
wait $pid`;

const writeLayout = (layout: Layout, who: ReturnType<typeof identity>) => {
  const { dir } = layout;
  const { key, cert } = testCertificate();
  // Dovecot's mail and auth processes run as other users and must reach into the directory.
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  chownSync(join(dir, 'mail'), who.uid, who.gid);
  writeFileSync(join(dir, 'cert.pem'), cert);
  writeFileSync(join(dir, 'key.pem'), key, { mode: 0o600 });
  // A throwaway test password, readable by Dovecot's auth process (user dovecot).
  writeFileSync(join(dir, 'users'), `${layout.user}:{PLAIN}${layout.password}\n`, { mode: 0o644 });
  writeFileSync(join(dir, 'dovecot.conf'), configOf(layout, who));
};

const problemOf = (dir: string): string => {
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : '');
  return [read('stderr.log'), read('dovecot.log')].filter(Boolean).join('\n').split('\n').slice(-5).join('\n');
};

// True once both listeners accept; false if Dovecot exited first (a port taken meanwhile).
const waitUntilUp = async (child: ChildProcess, layout: Layout): Promise<boolean> => {
  let hasExited = child.exitCode !== null;
  child.once('exit', () => (hasExited = true));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && !hasExited) {
    if ((await accepts(layout.port)) && (await accepts(layout.tlsPort))) return true;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return false;
};

// Dovecot's own stop (SIGTERM) waits a second for its processes; the whole process group is
// killed at once instead, since its mail goes with the temporary directory anyway.
const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      resolve();
    }
  });

const launch = async (dir: string, user: string, password: string): Promise<{ child: ChildProcess; layout: Layout }> => {
  const who = identity();
  const layout: Layout = { dir, port: await freePort(), tlsPort: await freePort(), user, password };
  writeLayout(layout, who);
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'dovecot-watchdog', DOVECOT, join(dir, 'dovecot.conf'), join(dir, 'stderr.log'), dir], {
    stdio: ['pipe', 'ignore', 'ignore'],
    // Its own process group, so close() can stop the shell, Dovecot and Dovecot's processes together.
    detached: true,
  });
  if (await waitUntilUp(child, layout)) return { child, layout };
  await stop(child);
  throw new Error(`Dovecot did not start: ${problemOf(dir)}`);
};

export const startDovecot = async ({ user = 'owner@example.com', password = 's3cret' }: DovecotOptions = {}): Promise<DovecotServer> => {
  if (!existsSync(DOVECOT)) throw new Error('Dovecot is not installed: apt-get install dovecot-imapd');
  let started: { child: ChildProcess; layout: Layout } | null = null;
  let dir = '';
  // The free ports are found then released, so another process may take one first: try again.
  for (let attempt = 1; !started; attempt += 1) {
    dir = mkdtempSync(join(tmpdir(), 'relance-dovecot-'));
    try {
      started = await launch(dir, user, password);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (attempt === 3) throw error;
    }
  }
  const { child, layout } = started;
  const certPem = testCertificate().cert;
  const newClient = () => new ImapFlow({ host: '127.0.0.1', port: layout.port, secure: false, doSTARTTLS: true, auth: { user, pass: password },
    tls: { ca: [certPem], servername: 'localhost' }, logger: false, disableAutoIdle: true });
  let client: Promise<ImapFlow> | null = null;
  const harnessClient = (): Promise<ImapFlow> => {
    client ??= (async () => {
      const fresh = newClient();
      fresh.on('error', () => undefined);
      await fresh.connect();
      return fresh;
    })();
    return client;
  };

  // The server's own LIST attributes: imapflow's specialUse also guesses from names.
  const hasSpecialUse = async (path: string, specialUse: string): Promise<boolean> => {
    const probe = newClient();
    probe.on('error', () => undefined);
    await probe.connect();
    try {
      return (await probe.list()).some((entry) => entry.path === path && entry.flags.has(specialUse));
    } finally {
      await probe.logout();
    }
  };

  return {
    port: layout.port,
    tlsPort: layout.tlsPort,
    certPem,
    user,
    password,
    append: async (folder, raw, { flags = [], internalDate } = {}) => {
      const appended = await (await harnessClient()).append(folder, raw, flags, internalDate);
      if (!appended || typeof appended.uid !== 'number') throw new Error(`APPEND to ${folder} returned no UID`);
      return appended.uid;
    },
    flagsOf: async (folder) => {
      const imap = await harnessClient();
      const lock = await imap.getMailboxLock(folder, { readOnly: true });
      try {
        const flags = new Map<number, string[]>();
        if (imap.mailbox && imap.mailbox.exists === 0) return flags;
        // \Recent belongs to whichever session saw the message first, not to the message.
        for await (const message of imap.fetch('1:*', { uid: true, flags: true })) flags.set(message.uid, [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent').sort());
        return flags;
      } finally {
        lock.release();
      }
    },
    // Dovecot 2.3 ignores CREATE … (USE (\Sent)), so a special use is added to the config and
    // Dovecot reloaded (SIGHUP); sessions that log in after that see it.
    createFolder: async (path, specialUse) => {
      await (await harnessClient()).mailboxCreate(path);
      if (!specialUse) return;
      appendFileSync(join(layout.dir, 'dovecot.conf'), `namespace inbox {\n  mailbox "${path}" {\n    special_use = ${specialUse}\n  }\n}\n`);
      process.kill(Number(readFileSync(join(layout.dir, 'run', 'master.pid'), 'utf8').trim()), 'SIGHUP');
      const deadline = Date.now() + 5_000;
      while (!(await hasSpecialUse(path, specialUse))) {
        if (Date.now() > deadline) throw new Error(`Dovecot did not take ${specialUse} on ${path}: ${problemOf(layout.dir)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: async () => {
      if (client) await client.then((imap) => imap.logout()).catch(() => undefined);
      await stop(child);
      rmSync(layout.dir, { recursive: true, force: true });
    },
  };
};
