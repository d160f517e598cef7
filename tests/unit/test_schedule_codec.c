#include <criterion/criterion.h>
Test(schedule_codec, placeholder) { cr_expect(1); }
