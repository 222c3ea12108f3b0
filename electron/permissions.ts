import type { Session } from 'electron';

// Electron grants every permission by default (security checklist item 5). A CRM needs no
// camera, microphone, location, notifications or HID, so both the prompt and the check say no.
export const isPermissionAllowed = (_permission: string): boolean => false;

export const denyAllPermissions = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
};
