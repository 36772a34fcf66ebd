{
  "targets": [
    {
      "target_name": "policy_segmenter",
      "sources": ["segmenter.cc"],
      "include_dirs": [
        "<!(node -p \"require('path').join(require('path').dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/include')\")",
        "<!(node -p \"require('path').join(require('path').dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/deps/limonp/include')\")"
      ],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-std=c++14", "-DLOGGING_LEVEL=LL_WARNING"],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "OTHER_CPLUSPLUSFLAGS": ["-std=c++14", "-DLOGGING_LEVEL=LL_WARNING"]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++14", "/utf-8"] }
      }
    }
  ]
}
