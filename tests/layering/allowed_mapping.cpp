// A mapping file may use Ploomes' record vocabulary, the settings store and the base layer.
#include "entities.h"
#include "mapping/mapper.h"
#include "ploomes/ploomesrecords.h"
#include "store/settingsrepository.h"

int layeringAllowedMapping()
{
    return 0;
}
