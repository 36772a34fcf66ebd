# Python jieba (Debian's python3-jieba) as the peer a user would otherwise script: jieba.lcut(text, HMM=True) or
# jieba.analyse.extract_tags(text, topK=20) over each file. Usage: python3 bench/bare-jieba.py cut|extract FILELIST
import json, logging, resource, sys, time

mode, listfile = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
import jieba
import jieba.analyse
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
t1 = time.perf_counter()
size = words = 0
with open(listfile, encoding='utf-8') as f:
    files = [line for line in f.read().split('\n') if line]
for name in files:
    with open(name, 'rb') as f:
        data = f.read()
    size += len(data)
    text = data.decode('utf-8', errors='replace')
    words += len(jieba.lcut(text, HMM=True)) if mode == 'cut' else len(jieba.analyse.extract_tags(text, topK=20))
t2 = time.perf_counter()
print(json.dumps({'loadMs': (t1 - t0) * 1000, 'runMs': (t2 - t1) * 1000, 'bytes': size, 'words': words,
                  'maxRssKb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
