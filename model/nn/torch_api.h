// The one way into LibTorch for the whole project: <torch/torch.h> with Qt's `slots` macro out of its way.
// Not a place for helpers; include it instead of <torch/torch.h> everywhere (it is also the precompiled header).
#pragma once

#pragma push_macro("slots")
#undef slots
#include <torch/torch.h>
#pragma pop_macro("slots")
