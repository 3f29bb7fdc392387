#!/bin/bash
# After-remove script of the OpenOPS deb packages (an electron-builder template). The
# configuration in each user's ~/.config stays, so a reinstall keeps its pairing.
rm -f '/usr/bin/${executable}' '/etc/xdg/autostart/${executable}.desktop'
