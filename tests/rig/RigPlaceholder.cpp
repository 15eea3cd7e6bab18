// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder so the rig library is never empty; removed once the first server lands.
namespace gatecheck::rig {
int placeholder() { return 0; }
}
