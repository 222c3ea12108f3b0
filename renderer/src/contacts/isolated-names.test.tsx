import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../api';
import { I18nProvider } from '../i18n/i18n';
import { ReplyItem } from '../replies/ReplyItem';
import { displayName } from '../shared/display-name';

// A right-to-left override typed in a first name (U+202E) must not reverse the last name beside
// it nor the words after it: names are shown inside <bdi>, and a part with an override is isolated.
const RLO = '\u202E';

describe('a name with a bidi override', () => {
  it('isolates the part that has it, and leaves other names as typed', () => {
    expect(displayName({ firstName: `Ana${RLO}lirpa`, lastName: 'Duval' })).toBe(`\u2068Ana${RLO}lirpa\u2069 Duval`);
    expect(displayName({ firstName: 'Ana', lastName: 'Duval' })).toBe('Ana Duval');
  });

  it('renders inside a bdi beside other text', () => {
    const reply: Reply = {
      eventId: 'e1',
      contactId: 'c1',
      contactName: `\u2068Ana${RLO}lirpa\u2069 Duval`,
      email: 'ana@example.com',
      receivedAt: '2026-11-20T10:00:00.000Z',
      subject: 'Re: your cart',
      excerpt: 'Thanks',
      kind: 'reply',
    };
    const html = renderToStaticMarkup(
      <I18nProvider language="en">
        <ul>
          <ReplyItem reply={reply} timeZone="Europe/Paris" isSelected={false} onOpenContact={() => {}} />
        </ul>
      </I18nProvider>,
    );
    expect(html).toContain(`<bdi>\u2068Ana${RLO}lirpa\u2069 Duval</bdi>`);
  });
});
