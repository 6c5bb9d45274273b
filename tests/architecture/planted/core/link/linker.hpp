#pragma once
#include "core/link/link_store.hpp"
