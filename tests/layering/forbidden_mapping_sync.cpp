// Mapping sits below the engine.
#include "sync/syncrun.h"

int layeringMappingSync()
{
    return 0;
}
