import FuzzSupport

FuzzDriver.run(.dot)
