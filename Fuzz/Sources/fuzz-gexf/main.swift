import FuzzSupport

FuzzDriver.run(.gexf)
