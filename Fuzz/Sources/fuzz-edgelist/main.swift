import FuzzSupport

FuzzDriver.run(.edgeList)
