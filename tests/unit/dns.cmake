# SPDX-License-Identifier: GPL-3.0-or-later
# DNS probes: wire messages and classification (no server needed).
add_unit_test(NAME tst_dnsmessage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dnsmessage.cpp TIMEOUT 60)
