// A simulator built on the client's code would hide the client's mistakes.
#include "ploomes/ploomesclient.h"

int layeringSimPloomes()
{
    return 0;
}
