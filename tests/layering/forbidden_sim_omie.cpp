// A simulator built on the client's parsing would hide the client's mistakes.
#include "omie/omierecords.h"

int layeringSimOmie()
{
    return 0;
}
