import FuzzSupport

FuzzDriver.run(.dataset)
