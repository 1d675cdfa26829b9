#include "composerdialog.h"
