import FuzzSupport

FuzzDriver.run(.graphml)
