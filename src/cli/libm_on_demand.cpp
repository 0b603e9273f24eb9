// File: src/cli/libm_on_demand.cpp
//
// The `netgov` program starts without loading the C library's maths library
// (libm.so.6), which the brief never calls. Linked with the static program
// only (cmake/NetgovStaticProgram.cmake, NETGOV_STATIC_PROGRAM); the library
// and the tests link libm as usual.
//
// Why: loading libm cost every run of the program 10 page faults (mapping
// it, relocating it, running its initialiser), about 0.25 ms of CPU time in
// the 2-core virtual machine (docs/benchmarks.md, "Start-up, fourth pass"),
// for a few functions that Abseil's number formatting and parsing,
// libstdc++'s std::to_chars, the loader's number check and the timeline's
// drawing call, none of them on the brief's path.
//
// How: the program's code and Abseil's archives call these functions of the
// maths library, and no other:
//
//   log2, lround, nan, nanf         only in libm;
//   fegetround, fesetround          only in libm (libstdc++'s std::to_chars
//                                   of a double);
//   ceil, floor, trunc, round       only in libm (called, not inlined, by
//                                   builds without optimisation);
//   frexp, frexpl, ldexp, ldexpf,   in libc too (weak definitions), but the
//   ldexpl, modf                    linker binds them to libm's strong ones.
//
// The linker decides that a library is needed before --gc-sections drops
// unreferenced code, so a call in code the program then drops counts too.
// This file defines all sixteen, so the linker (with --as-needed) leaves
// libm out of the program. On its first call each finds the real function
// once, with dlsym(3): first in the libraries loaded after the program
// (RTLD_NEXT, which is libc for the last six), else in libm opened with
// dlopen(3) (the first ten), and calls it: the results are the C library's
// own. If neither has it (no C library does that), the program stops with
// the loader's message.
//
// The test tests/on_demand/needed.cmake checks that the program's NEEDED
// list has no libm; a new call of another maths function brings libm back
// and fails it, and the function then belongs in the list above.
//
// Example (any call, as the timeline does):
//
//   long x = std::lround(12.5);   // 13: libm's lround, opened on first use

#include <dlfcn.h>
#include <gnu/lib-names.h>  // LIBM_SO, "libm.so.6"

#include <cstdio>
#include <cstdlib>

namespace {

// libm, opened on first use; null if it cannot be.
void* Libm() {
  static void* const handle = dlopen(LIBM_SO, RTLD_NOW | RTLD_LOCAL);
  return handle;
}

// The C library's function `name`: the libraries after the program first
// (libc), then libm. Stops the program if neither has it.
template <typename Fn>
Fn* Real(const char* name) {
  void* function = dlsym(RTLD_NEXT, name);
  if (function == nullptr && Libm() != nullptr) function = dlsym(Libm(), name);
  if (function == nullptr) {
    const char* const error = dlerror();
    std::fprintf(stderr, "netgov: cannot find the maths function %s: %s\n", name,
                 error != nullptr ? error : LIBM_SO " not found");
    std::abort();
  }
  return reinterpret_cast<Fn*>(function);
}

}  // namespace

// The definitions replace the C library's declarations (<math.h>, not
// included here), with the same C names and types. Each is
//
//   <type> <name>(<parameters>) noexcept {
//     static auto* const real = Real<<type>(<parameters>)>("<name>");
//     return real(<arguments>);
//   }
#define NETGOV_LIBM_FORWARD(type, name, parameters, arguments)       \
  type name parameters noexcept {                                    \
    static auto* const real = Real<type parameters>(#name);          \
    return real arguments;                                           \
  }

extern "C" {

NETGOV_LIBM_FORWARD(double, log2, (double x), (x))
NETGOV_LIBM_FORWARD(long, lround, (double x), (x))
NETGOV_LIBM_FORWARD(double, nan, (const char* tag), (tag))
NETGOV_LIBM_FORWARD(float, nanf, (const char* tag), (tag))
NETGOV_LIBM_FORWARD(int, fegetround, (), ())
NETGOV_LIBM_FORWARD(int, fesetround, (int mode), (mode))
NETGOV_LIBM_FORWARD(double, ceil, (double x), (x))
NETGOV_LIBM_FORWARD(double, floor, (double x), (x))
NETGOV_LIBM_FORWARD(double, trunc, (double x), (x))
NETGOV_LIBM_FORWARD(double, round, (double x), (x))
NETGOV_LIBM_FORWARD(double, frexp, (double x, int* exponent), (x, exponent))
NETGOV_LIBM_FORWARD(long double, frexpl, (long double x, int* exponent), (x, exponent))
NETGOV_LIBM_FORWARD(double, ldexp, (double x, int exponent), (x, exponent))
NETGOV_LIBM_FORWARD(float, ldexpf, (float x, int exponent), (x, exponent))
NETGOV_LIBM_FORWARD(long double, ldexpl, (long double x, int exponent), (x, exponent))
NETGOV_LIBM_FORWARD(double, modf, (double x, double* integral), (x, integral))

}  // extern "C"

#undef NETGOV_LIBM_FORWARD
