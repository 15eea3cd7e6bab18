# SPDX-License-Identifier: GPL-3.0-or-later
# All shared compile settings live on one INTERFACE target instead of global flags,
# so every target opts in explicitly and nothing leaks into third-party code.
add_library(gatecheck_common INTERFACE)
target_compile_features(gatecheck_common INTERFACE cxx_std_17)
target_compile_definitions(gatecheck_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  GATECHECK_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(gatecheck_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
  if(GATECHECK_WARNINGS_AS_ERRORS)
    target_compile_options(gatecheck_common INTERFACE -Werror)
  endif()
  if(GATECHECK_SANITIZE)
    target_compile_options(gatecheck_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
      -fno-sanitize-recover=undefined)
    target_link_options(gatecheck_common INTERFACE -fsanitize=address,undefined)
  endif()
elseif(MSVC)
  target_compile_options(gatecheck_common INTERFACE /W4 /permissive- /utf-8)
  if(GATECHECK_WARNINGS_AS_ERRORS)
    target_compile_options(gatecheck_common INTERFACE /WX)
  endif()
endif()
