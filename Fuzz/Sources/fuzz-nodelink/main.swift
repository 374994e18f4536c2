import FuzzSupport

FuzzDriver.run(.nodeLink)
