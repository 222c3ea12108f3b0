// Amazon SES notifications delivered by e-mail through SNS: a JSON body whose notificationType
// (or eventType) is Bounce, Complaint or Delivery.
// https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html

export type SesRecipient = { address: string; status: string | null; diagnostic: string; action: string };
export type SesNotification =
  | { type: 'bounce'; permanentHint: boolean; recipients: SesRecipient[]; messageId: string | null }
  | { type: 'complaint'; feedbackType: string | null; recipients: string[]; messageId: string | null }
  | { type: 'delivery'; recipients: SesRecipient[]; messageId: string | null };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

// SNS wraps long lines of the JSON with "!\n " when it sends it as an e-mail.
const jsonIn = (body: string): Json | null => {
  const unwrapped = body.replace(/\r\n?/g, '\n').replace(/!\n /g, '');
  const start = unwrapped.indexOf('{');
  const end = unwrapped.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    const parsed: unknown = JSON.parse(unwrapped.slice(start, end + 1));
    if (!isObject(parsed)) return null;
    // An SNS envelope ({"Type":"Notification","Message":"{…}"}) carries the notification as a string
    if (typeof parsed.Message === 'string') return jsonIn(parsed.Message);
    return parsed;
  } catch {
    return null;
  }
};

const statusIn = (value: string): string | null => /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(value)?.[1] ?? null;

export const readSesNotification = (body: string): SesNotification | null => {
  const json = jsonIn(body);
  if (!json) return null;
  const kind = text(json.notificationType) || text(json.eventType);
  const mail = isObject(json.mail) ? json.mail : {};
  const messageId = text(mail.messageId) || null;
  if (kind === 'Bounce' && isObject(json.bounce)) {
    const recipients = list(json.bounce.bouncedRecipients).map((r) => ({
      address: text(r.emailAddress).toLowerCase(),
      status: text(r.status) || statusIn(text(r.diagnosticCode)),
      diagnostic: text(r.diagnosticCode),
      action: text(r.action).toLowerCase() || 'failed',
    }));
    return { type: 'bounce', permanentHint: text(json.bounce.bounceType) === 'Permanent', recipients, messageId };
  }
  if (kind === 'Complaint' && isObject(json.complaint)) {
    const recipients = list(json.complaint.complainedRecipients).map((r) => text(r.emailAddress).toLowerCase());
    return { type: 'complaint', feedbackType: text(json.complaint.complaintFeedbackType) || null, recipients, messageId };
  }
  if (kind === 'Delivery' && isObject(json.delivery)) {
    const response = text(json.delivery.smtpResponse);
    const addresses = Array.isArray(json.delivery.recipients) ? json.delivery.recipients.map(text) : [];
    const recipients = addresses.map((address) => ({ address: address.toLowerCase(), status: statusIn(response), diagnostic: response, action: 'delivered' }));
    return { type: 'delivery', recipients, messageId };
  }
  return null;
};
