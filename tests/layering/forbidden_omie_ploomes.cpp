// The two API clients are independent.
#include "ploomes/ploomesclient.h"

int layeringOmiePloomes()
{
    return 0;
}
