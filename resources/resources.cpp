// aura_resources holds no code: the icons are in the Qt resource that CMake attaches to the library
// (see CMakeLists.txt). A static library still needs one source file of its own.
