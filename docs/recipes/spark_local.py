"""Run the Spark recipe of docs/scale-out.md locally and check it against extract().

PYSPARK_PYTHON=$(which python) python docs/recipes/spark_local.py   # needs pyspark and a JVM
"""

from pyspark.sql import SparkSession

from vcextract import extract, extract_partition

texts = [
    "星河科技完成1.2亿元B轮融资，由甲乙资本领投，丙丁创投跟投。",
    "Foo Robotics raised $30 million in a Series A round led by Bar Ventures.",
    ("Foo raised $5 million in a seed round.", {"published": "2025-06-14"}),
    "星河科技完成1.2億元B輪融資，由甲乙資本領投。",
] * 5
spark = SparkSession.builder.master("local[2]").getOrCreate()
rdd = spark.sparkContext.parallelize(texts, numSlices=4)
results = rdd.mapPartitions(lambda part: extract_partition(part, published="2026-03-01")).collect()
expected = []
for t in texts:
    text, pub = (t[0], t[1]["published"]) if isinstance(t, tuple) else (t, "2026-03-01")
    expected.append(extract(text, published=pub).model_dump(mode="json"))
print("equal:", results == expected, len(results))
spark.stop()
