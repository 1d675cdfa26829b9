#include "attemptsmodel.h"
