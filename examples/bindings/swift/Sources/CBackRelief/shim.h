#include <backrelief.h>
