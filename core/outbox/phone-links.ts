// Links the owner opens on their phone to send a message themselves (docs/practice.md, channels):
// no paid provider. RFC 5724 for sms:, WhatsApp's click-to-chat for wa.me (digits only).
export const phoneLinks = (e164: string, text: string): { sms: string; whatsapp: string } => ({
  sms: `sms:${e164}?body=${encodeURIComponent(text)}`,
  whatsapp: `https://wa.me/${e164.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`,
});
