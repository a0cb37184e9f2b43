// HTTP and request scheduling know nothing of the database.
#include "store/database.h"

int layeringNetStore()
{
    return 0;
}
