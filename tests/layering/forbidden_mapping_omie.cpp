// Mapping is pure translation: it never talks to Omie.
#include "omie/omieclient.h"

int layeringMappingOmie()
{
    return 0;
}
