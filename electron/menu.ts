import { Menu } from 'electron';

// On macOS copy, paste, select-all and quit only work through menu roles, so it keeps a minimal
// menu; elsewhere the window has no menu bar at all.
export const installMenu = (platform: NodeJS.Platform = process.platform): void => {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]));
};
