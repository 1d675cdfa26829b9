#include "deliverystats.h"
