print("shodo")
