// A simulator may use the clock, the HTTP server, the credentials value and the base layer.
#include "net/clock.h"
#include "net/httpserver.h"
#include "omiesimulator.h"
#include "result.h"
#include "secrets/credentials.h"

int layeringAllowedSim()
{
    return 0;
}
