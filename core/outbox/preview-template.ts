import type { ProgramId } from '../../api';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings-store';
import { composeMessage } from '../templates/compose-message';
import { mergeValues } from '../templates/merge-values';
import { aboutFor, businessOf } from './message-context';
import { contactFileReader } from './outbox-facts';
import { templateSource } from './template-source';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// A template as it would go to one real contact, in both languages side by side, with the
// contact's latest cart and order as the message's subject matter.
export const previewTemplate = (ctx: Ctx, input: { program: ProgramId; step: number; contactId: string }) => {
  const sqlite = ctx.db.$client;
  const file = contactFileReader(sqlite)(input.contactId);
  if (!file) throw notFound('This contact');
  const settings = getSettings(ctx);
  const templates = templateSource(sqlite);
  const business = businessOf(settings);
  const about = aboutFor(file, input.program);
  const render = (language: 'fr' | 'en') => {
    const template = templates(input.program, input.step, language);
    if (!template) throw notFound('This template');
    return composeMessage(template, mergeValues(file, business, about, language));
  };
  return { fr: render('fr'), en: render('en') };
};
