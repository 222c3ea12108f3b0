import { describe, expect, it } from 'vitest';
import type { SmtpFailure } from '../mail/smtp-answer';
import { describeFailure } from './describe-failure';

// Every failure of a connection test is one sentence with the next step, per provider where it differs.
const failure = (change: Partial<SmtpFailure>): SmtpFailure => ({ stage: 'connect', code: null, response: null, errorCode: null, command: null, ...change });
const gmail = { host: 'smtp.gmail.com', port: 465, security: 'tls' as const };
const other = { host: 'mail.example.com', port: 587, security: 'starttls' as const };

describe('describing a failed connection test', () => {
  it('tells a Gmail owner to make an app password', () => {
    const result = describeFailure(failure({ stage: 'auth', code: 535, response: '535-5.7.8 Username and Password not accepted' }), gmail);
    expect(result).toMatchObject({ problem: 'app-password', smtpResponse: '535-5.7.8 Username and Password not accepted' });
    expect(result.message).toMatch(/^Gmail refused the password: it needs an app password\..*myaccount\.google\.com\/apppasswords/);
  });

  it('says plainly what Microsoft 365 does at the end of 2026', () => {
    expect(describeFailure(failure({ stage: 'auth', code: 535 }), { ...other, host: 'smtp.office365.com' }).message).toMatch(/end of 2026.*SMTP AUTH/);
  });

  it('names the server, the port and what to check', () => {
    expect(describeFailure(failure({ errorCode: 'ECONNECTION' }), other)).toMatchObject({
      problem: 'connection', message: 'Could not connect to mail.example.com:587. Check the server name and port, and that this computer is online.',
    });
    expect(describeFailure(failure({ errorCode: 'ETLS' }), other).message).toMatch(/Port 465 uses TLS from the start, port 587 uses STARTTLS/);
    expect(describeFailure(failure({ errorCode: 'ECERT' }), other).problem).toBe('certificate');
    expect(describeFailure(failure({ stage: 'auth', code: 535 }), other)).toMatchObject({ problem: 'auth' });
  });
});
