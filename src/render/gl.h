// The one place render code gets OpenGL from: libepoxy, which resolves entry points for GLX
// (X11, Xvfb) and EGL (SDL's offscreen driver) contexts alike.
#pragma once
#include <epoxy/gl.h>
