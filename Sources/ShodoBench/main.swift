print("shodo-bench")
