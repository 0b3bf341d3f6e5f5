#ifndef TANDEM_CCMARKGFM_SHIM_H
#define TANDEM_CCMARKGFM_SHIM_H
// Only the three public headers: adding -I/usr/include/cmark-gfm would let its
// generic names (buffer.h, config.h) shadow other headers.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
