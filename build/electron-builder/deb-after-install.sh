#!/bin/bash
# After-install script of the OpenOPS deb packages (an electron-builder template: it fills
# ${executable} and ${sanitizedProductName}). It replaces electron-builder's default, so it
# repeats the default's two essentials (the command link, the Chromium sandbox helper),
# then starts the app at every graphical login: a kiosk PC boots straight into it.
set -e

ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'

# Without user namespaces Chromium's sandbox needs its SUID helper.
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; }; then
  chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
else
  chmod 0755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
fi

mkdir -p /etc/xdg/autostart
cat > '/etc/xdg/autostart/${executable}.desktop' <<DESKTOP
[Desktop Entry]
Type=Application
Name=${productFilename}
Exec=/usr/bin/${executable}
X-GNOME-Autostart-enabled=true
DESKTOP

if hash update-desktop-database 2>/dev/null; then
  update-desktop-database /usr/share/applications || true
fi
