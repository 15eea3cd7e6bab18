# Sources of this area are added here.
target_sources(gatecheck_core PRIVATE)
