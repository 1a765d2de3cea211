// Loaded into an app with LD_PRELOAD by EnvironmentWritesE2eTests: reports every write to the
// process environment, and whether it moved the environment array (glibc's setenv of a new name
// reallocates the array and frees the old one, under whatever thread is reading it), one line
// each on standard error:
//   ENVWRITE pid=<pid> call=<setenv|putenv|unsetenv> name=<name> moved=<0|1>
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void report(const char *call, const char *name, char **before) {
    char line[256];
    size_t length = strcspn(name, "=");
    int n = snprintf(line, sizeof line, "ENVWRITE pid=%d call=%s name=%.*s moved=%d\n", (int) getpid(), call,
            (int) (length < 100 ? length : 100), name, before != environ);
    if (n > 0) {
        write(2, line, (size_t) n);
    }
}

int setenv(const char *name, const char *value, int overwrite) {
    static int (*real)(const char *, const char *, int);
    if (!real) {
        real = dlsym(RTLD_NEXT, "setenv");
    }
    char **before = environ;
    int result = real(name, value, overwrite);
    report("setenv", name, before);
    return result;
}

int putenv(char *string) {
    static int (*real)(char *);
    if (!real) {
        real = dlsym(RTLD_NEXT, "putenv");
    }
    char **before = environ;
    int result = real(string);
    report("putenv", string, before);
    return result;
}

int unsetenv(const char *name) {
    static int (*real)(const char *);
    if (!real) {
        real = dlsym(RTLD_NEXT, "unsetenv");
    }
    char **before = environ;
    int result = real(name);
    report("unsetenv", name, before);
    return result;
}
