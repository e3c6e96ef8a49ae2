/******/ (() => {
  // webpackBootstrap
  /******/ var __webpack_modules__ = {
    /***/ 3313: 
    /***/ (module => {
      module.exports = Pend;
      function Pend() {
        this.pending = 0;
        this.max = 1 / 0;
        this.listeners = [];
        this.waiting = [];
        this.error = null;
      }
      Pend.prototype.go = function(fn) {
        if (this.pending < this.max) pendGo(this, fn); else this.waiting.push(fn);
      };
      Pend.prototype.wait = function(cb) {
        if (this.pending === 0) cb(this.error); else this.listeners.push(cb);
      };
      Pend.prototype.hold = function() {
        return pendHold(this);
      };
      function pendHold(self) {
        self.pending += 1;
        var called = false;
        return function onCb(err) {
          if (called) throw new Error("callback called twice");
          called = true;
          self.error = self.error || err;
          self.pending -= 1;
          if (self.waiting.length > 0 && self.pending < self.max) pendGo(self, self.waiting.shift()); else if (self.pending === 0) {
            var listeners = self.listeners;
            self.listeners = [];
            listeners.forEach(cbListener);
          }
        };
        function cbListener(listener) {
          listener(self.error);
        }
      }
      function pendGo(self, fn) {
        fn(pendHold(self));
      }
      /***/    }),
    /***/ 4248: 
    /***/ (module => {
      // Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
      const CRC_TABLE = new Int32Array([ 0, 1996959894, 3993919788, 2567524794, 124634137, 1886057615, 3915621685, 2657392035, 249268274, 2044508324, 3772115230, 2547177864, 162941995, 2125561021, 3887607047, 2428444049, 498536548, 1789927666, 4089016648, 2227061214, 450548861, 1843258603, 4107580753, 2211677639, 325883990, 1684777152, 4251122042, 2321926636, 335633487, 1661365465, 4195302755, 2366115317, 997073096, 1281953886, 3579855332, 2724688242, 1006888145, 1258607687, 3524101629, 2768942443, 901097722, 1119000684, 3686517206, 2898065728, 853044451, 1172266101, 3705015759, 2882616665, 651767980, 1373503546, 3369554304, 3218104598, 565507253, 1454621731, 3485111705, 3099436303, 671266974, 1594198024, 3322730930, 2970347812, 795835527, 1483230225, 3244367275, 3060149565, 1994146192, 31158534, 2563907772, 4023717930, 1907459465, 112637215, 2680153253, 3904427059, 2013776290, 251722036, 2517215374, 3775830040, 2137656763, 141376813, 2439277719, 3865271297, 1802195444, 476864866, 2238001368, 4066508878, 1812370925, 453092731, 2181625025, 4111451223, 1706088902, 314042704, 2344532202, 4240017532, 1658658271, 366619977, 2362670323, 4224994405, 1303535960, 984961486, 2747007092, 3569037538, 1256170817, 1037604311, 2765210733, 3554079995, 1131014506, 879679996, 2909243462, 3663771856, 1141124467, 855842277, 2852801631, 3708648649, 1342533948, 654459306, 3188396048, 3373015174, 1466479909, 544179635, 3110523913, 3462522015, 1591671054, 702138776, 2966460450, 3352799412, 1504918807, 783551873, 3082640443, 3233442989, 3988292384, 2596254646, 62317068, 1957810842, 3939845945, 2647816111, 81470997, 1943803523, 3814918930, 2489596804, 225274430, 2053790376, 3826175755, 2466906013, 167816743, 2097651377, 4027552580, 2265490386, 503444072, 1762050814, 4150417245, 2154129355, 426522225, 1852507879, 4275313526, 2312317920, 282753626, 1742555852, 4189708143, 2394877945, 397917763, 1622183637, 3604390888, 2714866558, 953729732, 1340076626, 3518719985, 2797360999, 1068828381, 1219638859, 3624741850, 2936675148, 906185462, 1090812512, 3747672003, 2825379669, 829329135, 1181335161, 3412177804, 3160834842, 628085408, 1382605366, 3423369109, 3138078467, 570562233, 1426400815, 3317316542, 2998733608, 733239954, 1555261956, 3268935591, 3050360625, 752459403, 1541320221, 2607071920, 3965973030, 1969922972, 40735498, 2617837225, 3943577151, 1913087877, 83908371, 2512341634, 3803740692, 2075208622, 213261112, 2463272603, 3855990285, 2094854071, 198958881, 2262029012, 4057260610, 1759359992, 534414190, 2176718541, 4139329115, 1873836001, 414664567, 2282248934, 4279200368, 1711684554, 285281116, 2405801727, 4167216745, 1634467795, 376229701, 2685067896, 3608007406, 1308918612, 956543938, 2808555105, 3495958263, 1231636301, 1047427035, 2932959818, 3654703836, 1088359270, 936918e3, 2847714899, 3736837829, 1202900863, 817233897, 3183342108, 3401237130, 1404277552, 615818150, 3134207493, 3453421203, 1423857449, 601450431, 3009837614, 3294710456, 1567103746, 711928724, 3020668471, 3272380065, 1510334235, 755167117 ]);
      module.exports = function crc32(buf) {
        let crc = -1;
        for (let x of buf) crc = CRC_TABLE[255 & (crc ^ x)] ^ crc >>> 8;
        return (crc ^ -1) >>> 0;
      };
      /***/    }),
    /***/ 3502: 
    /***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {
      // This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
      var fs = __nccwpck_require__(9896);
      var util = __nccwpck_require__(9023);
      var stream = __nccwpck_require__(2203);
      var Readable = stream.Readable;
      var PassThrough = stream.PassThrough;
      var Pend = __nccwpck_require__(3313);
      var EventEmitter = __nccwpck_require__(4434).EventEmitter;
      exports.BufferSlicer = BufferSlicer;
      exports.FdSlicer = FdSlicer;
      util.inherits(FdSlicer, EventEmitter);
      function FdSlicer(fd) {
        EventEmitter.call(this);
        this.fd = fd;
        this.pend = new Pend;
        this.pend.max = 1;
        this.refCount = 0;
      }
      FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
        var self = this;
        self.pend.go(function(cb) {
          fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
            cb();
            callback(err, bytesRead, buffer);
          });
        });
      };
      FdSlicer.prototype.createReadStream = function(options) {
        return new ReadStream(this, options);
      };
      FdSlicer.prototype.ref = function() {
        this.refCount += 1;
      };
      FdSlicer.prototype.unref = function() {
        var self = this;
        self.refCount -= 1;
        if (self.refCount < 0) throw new Error("invalid unref");
        if (self.refCount > 0) return;
        fs.close(self.fd, function onCloseDone(err) {
          if (err) self.emit("error", err); else self.emit("close");
        });
      };
      util.inherits(ReadStream, Readable);
      function ReadStream(context, options) {
        options = options || {};
        Readable.call(this, options);
        this.context = context;
        this.context.ref();
        this.start = options.start || 0;
        this.endOffset = options.end;
        this.pos = this.start;
      }
      ReadStream.prototype._read = function(n) {
        var self = this;
        var toRead = Math.min(self._readableState.highWaterMark, n);
        if (self.endOffset != null) toRead = Math.min(toRead, self.endOffset - self.pos);
        if (toRead <= 0) {
          self.push(null);
          this._cleanup();
          return;
        }
        self.context.pend.go(function(cb) {
          var buffer = Buffer.allocUnsafe(toRead);
          fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
            if (err) self.destroy(err); else if (bytesRead === 0) {
              self.push(null);
              self._cleanup();
            } else {
              self.pos += bytesRead;
              self.push(buffer.slice(0, bytesRead));
            }
            cb();
          });
        });
      };
      ReadStream.prototype._destroy = function(err, cb) {
        // Node 14+ calls this automatically at EOF.
        this._cleanup();
        cb(err);
      };
      ReadStream.prototype._cleanup = function() {
        if (this.context != null) {
          this.context.unref();
          this.context = null;
        }
      };
      util.inherits(BufferSlicer, EventEmitter);
      function BufferSlicer(buffer) {
        EventEmitter.call(this);
        this.refCount = 0;
        this.buffer = buffer;
      }
      BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
        if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
        if (position < 0) throw new RangeError("position is negative: " + position);
        if (offset + length > buffer.length) 
        // The caller's buffer can't hold all the bytes they're trying to read.
        // Clamp the length instead of giving an error.
        // The callback will be informed of fewer than expected bytes written.
        length = buffer.length - offset;
        if (position + length > this.buffer.length) 
        // Clamp any attempt to read past the end of the source buffer.
        length = this.buffer.length - position;
        if (length <= 0) {
          // After any clamping, we're fully out of bounds or otherwise have nothing to do.
          // This isn't an error; it's just zero bytes written.
          setImmediate(function() {
            callback(null, 0);
          });
          return;
        }
        this.buffer.copy(buffer, offset, position, position + length);
        setImmediate(function() {
          callback(null, length);
        });
      };
      BufferSlicer.prototype.createReadStream = function(options) {
        options = options || {};
        var readStream = new PassThrough(options);
        readStream.start = options.start || 0;
        readStream.endOffset = options.end;
        // by the time this function returns, we'll be done.
                readStream.pos = readStream.endOffset || this.buffer.length;
        var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
        // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
        // See https://github.com/thejoshwolfe/yauzl/issues/87
                var offset = 0;
        while (true) {
          var nextOffset = offset + 65536;
          if (nextOffset >= entireSlice.length) {
            // last chunk
            if (offset < entireSlice.length) readStream.write(entireSlice.slice(offset, entireSlice.length));
            break;
          }
          readStream.write(entireSlice.slice(offset, nextOffset));
          offset = nextOffset;
        }
        readStream.end();
        return readStream;
      };
      BufferSlicer.prototype.ref = function() {
        this.refCount += 1;
      };
      BufferSlicer.prototype.unref = function() {
        this.refCount -= 1;
        if (this.refCount < 0) throw new Error("invalid unref");
      };
      /***/    }),
    /***/ 663: 
    /***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {
      var fs = __nccwpck_require__(9896);
      var zlib = __nccwpck_require__(3106);
      var fd_slicer = __nccwpck_require__(3502);
      var util = __nccwpck_require__(9023);
      var EventEmitter = __nccwpck_require__(4434).EventEmitter;
      var Transform = __nccwpck_require__(2203).Transform;
      var PassThrough = __nccwpck_require__(2203).PassThrough;
      var Writable = __nccwpck_require__(2203).Writable;
      // Node 20 added zlib.crc32.
            const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);
      exports.open = open;
      exports.fromFd = fromFd;
      exports.fromBuffer = fromBuffer;
      exports.fromRandomAccessReader = fromRandomAccessReader;
      exports.openPromise = function openPromise(path, options) {
        return new Promise((resolve, reject) => {
          open(path, {
            ...options,
            lazyEntries: true
          }, function(err, zipfile) {
            if (err) return reject(err);
            resolve(zipfile);
          });
        });
      };
      exports.fromFdPromise = function fromFdPromise(fd, options) {
        return new Promise((resolve, reject) => {
          fromFd(fd, {
            ...options,
            lazyEntries: true
          }, function(err, zipfile) {
            if (err) return reject(err);
            resolve(zipfile);
          });
        });
      };
      exports.fromBufferPromise = function fromBufferPromise(buffer, options) {
        return new Promise((resolve, reject) => {
          fromBuffer(buffer, {
            ...options,
            lazyEntries: true
          }, function(err, zipfile) {
            if (err) return reject(err);
            resolve(zipfile);
          });
        });
      };
      exports.fromRandomAccessReaderPromise = function fromRandomAccessReaderPromise(reader, totalSize, options) {
        return new Promise((resolve, reject) => {
          fromRandomAccessReader(reader, totalSize, {
            ...options,
            lazyEntries: true
          }, function(err, zipfile) {
            if (err) return reject(err);
            resolve(zipfile);
          });
        });
      };
      exports.dosDateTimeToDate = dosDateTimeToDate;
      exports.getFileNameLowLevel = getFileNameLowLevel;
      exports.validateFileName = validateFileName;
      exports.parseExtraFields = parseExtraFields;
      exports.ZipFile = ZipFile;
      exports.Entry = Entry;
      exports.LocalFileHeader = LocalFileHeader;
      exports.RandomAccessReader = RandomAccessReader;
      function open(path, options, callback) {
        if (typeof options === "function") {
          callback = options;
          options = null;
        }
        if (options == null) options = {};
        if (options.autoClose == null) options.autoClose = true;
        if (options.lazyEntries == null) options.lazyEntries = false;
        if (options.decodeStrings == null) options.decodeStrings = true;
        if (options.validateEntrySizes == null) options.validateEntrySizes = true;
        if (options.strictFileNames == null) options.strictFileNames = false;
        if (callback == null) callback = defaultCallback;
        fs.open(path, "r", function(err, fd) {
          if (err) return callback(err);
          fromFd(fd, options, function(err, zipfile) {
            if (err) fs.close(fd, defaultCallback);
            callback(err, zipfile);
          });
        });
      }
      function fromFd(fd, options, callback) {
        if (typeof options === "function") {
          callback = options;
          options = null;
        }
        if (options == null) options = {};
        if (options.autoClose == null) options.autoClose = false;
        if (options.lazyEntries == null) options.lazyEntries = false;
        if (options.decodeStrings == null) options.decodeStrings = true;
        if (options.validateEntrySizes == null) options.validateEntrySizes = true;
        if (options.strictFileNames == null) options.strictFileNames = false;
        if (callback == null) callback = defaultCallback;
        fs.fstat(fd, function(err, stats) {
          if (err) return callback(err);
          var reader = new fd_slicer.FdSlicer(fd);
          fromRandomAccessReader(reader, stats.size, options, callback);
        });
      }
      function fromBuffer(buffer, options, callback) {
        if (typeof options === "function") {
          callback = options;
          options = null;
        }
        if (options == null) options = {};
        options.autoClose = false;
        if (options.lazyEntries == null) options.lazyEntries = false;
        if (options.decodeStrings == null) options.decodeStrings = true;
        if (options.validateEntrySizes == null) options.validateEntrySizes = true;
        if (options.strictFileNames == null) options.strictFileNames = false;
        var reader = new fd_slicer.BufferSlicer(buffer);
        fromRandomAccessReader(reader, buffer.length, options, callback);
      }
      function fromRandomAccessReader(reader, totalSize, options, callback) {
        if (typeof options === "function") {
          callback = options;
          options = null;
        }
        if (options == null) options = {};
        if (options.autoClose == null) options.autoClose = true;
        if (options.lazyEntries == null) options.lazyEntries = false;
        if (options.decodeStrings == null) options.decodeStrings = true;
        var decodeStrings = !!options.decodeStrings;
        if (options.validateEntrySizes == null) options.validateEntrySizes = true;
        if (options.strictFileNames == null) options.strictFileNames = false;
        if (callback == null) callback = defaultCallback;
        if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
        if (totalSize > Number.MAX_SAFE_INTEGER) throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
        // the matching unref() call is in zipfile.close()
                reader.ref();
        // eocdr means End of Central Directory Record.
        // search backwards for the eocdr signature.
        // the last field of the eocdr is a variable-length comment.
        // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
        // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
        // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
                // 2-byte size
        var bufferSize = Math.min(65577, totalSize);
        var buffer = newBuffer(bufferSize);
        var bufferReadStart = totalSize - buffer.length;
        readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
          if (err) return callback(err);
          for (var i = bufferSize - 22; i >= 0; i -= 1) {
            if (buffer.readUInt32LE(i) !== 101010256) continue;
            // found eocdr
                        var eocdrBuffer = buffer.subarray(i);
            // 0 - End of central directory signature = 0x06054b50
            // 4 - Number of this disk
                        var diskNumber = eocdrBuffer.readUInt16LE(4);
            // 6 - Disk where central directory starts
            // 8 - Number of central directory records on this disk
            // 10 - Total number of central directory records
                        var entryCount = eocdrBuffer.readUInt16LE(10);
            // 12 - Size of central directory (bytes)
            // 16 - Offset of start of central directory, relative to start of archive
                        var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
            // 20 - Comment length
                        var commentLength = eocdrBuffer.readUInt16LE(20);
            var expectedCommentLength = eocdrBuffer.length - 22;
            if (commentLength !== expectedCommentLength) return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
            // 22 - Comment
            // the encoding is always cp437.
                        var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
            // Look for a Zip64 end of central directory locator
                        if (i - 20 >= 0 && buffer.readUInt32LE(i - 20) === 117853008) {
              // ZIP64 format
              var zip64EocdlBuffer = buffer.subarray(i - 20, i - 20 + 20);
              // 0 - zip64 end of central dir locator signature = 0x07064b50
              // 4 - number of the disk with the start of the zip64 end of central directory
              // 8 - relative offset of the zip64 end of central directory record
                            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
              // 16 - total number of disks
              // ZIP64 end of central directory record
                            var zip64EocdrBuffer = newBuffer(56);
              return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
                if (err) return callback(err);
                // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
                                if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) return callback(new Error("invalid zip64 end of central directory record signature"));
                // 4 - size of zip64 end of central directory record                8 bytes
                // 12 - version made by                                             2 bytes
                // 14 - version needed to extract                                   2 bytes
                // 16 - number of this disk                                         4 bytes
                                diskNumber = zip64EocdrBuffer.readUInt32LE(16);
                if (diskNumber !== 0) 
                // Check this only after zip64 overrides. See #118.
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
                // 20 - number of the disk with the start of the central directory  4 bytes
                // 24 - total number of entries in the central directory on this disk         8 bytes
                // 32 - total number of entries in the central directory            8 bytes
                                entryCount = readUInt64LE(zip64EocdrBuffer, 32);
                // 40 - size of the central directory                               8 bytes
                // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
                                centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
                // 56 - zip64 extensible data sector                                (variable size)
                                return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
              });
            }
            // Not ZIP64 format
                        if (diskNumber !== 0) return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
            return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
          }
          // Not a zip file.
                    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
        });
      }
      util.inherits(ZipFile, EventEmitter);
      function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
        var self = this;
        EventEmitter.call(self);
        self.reader = reader;
        // forward close events
                self.reader.on("error", function(err) {
          // error closing the fd
          emitError(self, err);
        });
        self.reader.once("close", function() {
          self.emit("close");
        });
        self.readEntryCursor = centralDirectoryOffset;
        self.fileSize = fileSize;
        self.entryCount = entryCount;
        self.comment = comment;
        self.entriesRead = 0;
        self.autoClose = !!autoClose;
        self.lazyEntries = !!lazyEntries;
        self.decodeStrings = !!decodeStrings;
        self.validateEntrySizes = !!validateEntrySizes;
        self.strictFileNames = !!strictFileNames;
        self.isOpen = true;
        self.emittedError = false;
        self.hasEachEntryBeenCalled = false;
        if (!self.lazyEntries) self._readEntry();
      }
      ZipFile.prototype.close = function() {
        if (!this.isOpen) return;
        this.isOpen = false;
        this.reader.unref();
      };
      function emitErrorAndAutoClose(self, err) {
        if (self.autoClose) self.close();
        emitError(self, err);
      }
      function emitError(self, err) {
        if (self.emittedError) return;
        self.emittedError = true;
        self.emit("error", err);
      }
      ZipFile.prototype.readEntry = function() {
        if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
        this._readEntry();
      };
      ZipFile.prototype._readEntry = function() {
        var self = this;
        if (self.entryCount === self.entriesRead) {
          // done with metadata
          setImmediate(function() {
            if (self.autoClose) self.close();
            if (self.emittedError) return;
            self.emit("end");
          });
          return;
        }
        if (self.emittedError) return;
        var buffer = newBuffer(46);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
          if (err) return emitErrorAndAutoClose(self, err);
          if (self.emittedError) return;
          var entry = new Entry;
          // 0 - Central directory file header signature
                    var signature = buffer.readUInt32LE(0);
          if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
          // 4 - Version made by
                    entry.versionMadeBy = buffer.readUInt16LE(4);
          // 6 - Version needed to extract (minimum)
                    entry.versionNeededToExtract = buffer.readUInt16LE(6);
          // 8 - General purpose bit flag
                    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
          // 10 - Compression method
                    entry.compressionMethod = buffer.readUInt16LE(10);
          // 12 - File last modification time
                    entry.lastModFileTime = buffer.readUInt16LE(12);
          // 14 - File last modification date
                    entry.lastModFileDate = buffer.readUInt16LE(14);
          // 16 - CRC-32
                    entry.crc32 = buffer.readUInt32LE(16);
          // 20 - Compressed size
                    entry.compressedSize = buffer.readUInt32LE(20);
          // 24 - Uncompressed size
                    entry.uncompressedSize = buffer.readUInt32LE(24);
          // 28 - File name length (n)
                    entry.fileNameLength = buffer.readUInt16LE(28);
          // 30 - Extra field length (m)
                    entry.extraFieldLength = buffer.readUInt16LE(30);
          // 32 - File comment length (k)
                    entry.fileCommentLength = buffer.readUInt16LE(32);
          // 34 - Disk number where file starts
          // 36 - Internal file attributes
                    entry.internalFileAttributes = buffer.readUInt16LE(36);
          // 38 - External file attributes
                    entry.externalFileAttributes = buffer.readUInt32LE(38);
          // 42 - Relative offset of local file header
                    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
          if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
          self.readEntryCursor += 46;
          buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
            if (err) return emitErrorAndAutoClose(self, err);
            if (self.emittedError) return;
            // 46 - File name
                        entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
            // 46+n - Extra field
                        var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
            entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
            // 46+n+m - File comment
                        entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
            // Parse the extra fields, which we need for processing other fields.
                        try {
              entry.extraFields = parseExtraFields(entry.extraFieldRaw);
            } catch (err) {
              return emitErrorAndAutoClose(self, err);
            }
            // Interpret strings according to bit flags, extra fields, and options.
                        if (self.decodeStrings) {
              var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
              entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
              entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
              var errorMessage = validateFileName(entry.fileName);
              if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
            } else {
              entry.fileComment = entry.fileCommentRaw;
              entry.fileName = entry.fileNameRaw;
            }
            // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
                        entry.comment = entry.fileComment;
            self.readEntryCursor += buffer.length;
            self.entriesRead += 1;
            // Check for the Zip64 Extended Information Extra Field.
                        for (var i = 0; i < entry.extraFields.length; i++) {
              var extraField = entry.extraFields[i];
              if (extraField.id !== 1) continue;
              // Found it.
                            var zip64EiefBuffer = extraField.data;
              var index = 0;
              // 0 - Original Size          8 bytes
                            if (entry.uncompressedSize === 4294967295) {
                if (index + 8 > zip64EiefBuffer.length) return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
                entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
                index += 8;
              }
              // 8 - Compressed Size        8 bytes
                            if (entry.compressedSize === 4294967295) {
                if (index + 8 > zip64EiefBuffer.length) return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
                entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
                index += 8;
              }
              // 16 - Relative Header Offset 8 bytes
                            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
                if (index + 8 > zip64EiefBuffer.length) return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
                entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
                index += 8;
              }
              // 24 - Disk Start Number      4 bytes
                            break;
            }
            // validate file size
                        if (self.validateEntrySizes && entry.compressionMethod === 0) {
              var expectedCompressedSize = entry.uncompressedSize;
              if (entry.isEncrypted()) 
              // traditional encryption prefixes the file data with a header
              expectedCompressedSize += 12;
              if (entry.compressedSize !== expectedCompressedSize) {
                var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
                return emitErrorAndAutoClose(self, new Error(msg));
              }
            }
            self.emit("entry", entry);
            if (!self.lazyEntries) self._readEntry();
          });
        });
      };
      ZipFile.prototype.eachEntry = function() {
        const self = this;
        if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
        if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
        self.hasEachEntryBeenCalled = true;
        let pendingResolveReject = null;
        self.on("entry", onEntry);
        self.on("end", onEnd);
        self.on("error", onError);
        function cleanup() {
          self.removeListener("entry", onEntry);
          self.removeListener("end", onEnd);
          self.removeListener("error", onError);
          if (self.autoClose) self.close();
        }
        function onEntry(entry) {
          let {resolve: resolve} = pendingResolveReject;
          pendingResolveReject = null;
          resolve({
            value: entry
          });
        }
        function onEnd() {
          let {resolve: resolve} = pendingResolveReject;
          pendingResolveReject = null;
          cleanup();
          resolve({
            done: true
          });
        }
        function onError(err) {
          let {reject: reject} = pendingResolveReject;
          pendingResolveReject = null;
          cleanup();
          reject(err);
        }
        return {
          [Symbol.asyncIterator]() {
            // Called once by `for await...of`.
            return this;
          },
          next() {
            // Called on each iteration in a `for await...of`.
            const promise = new Promise((resolve, reject) => {
              if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
              pendingResolveReject = {
                resolve: resolve,
                reject: reject
              };
            });
            self.readEntry();
            return promise;
          },
          return(value) {
            // Called when breaking, returning, throwing out of a `for await...of`.
            cleanup();
            return Promise.resolve({
              done: true,
              value: value
            });
          },
          throw(value) {
            // Almost never called. Something about `yield*` maybe?
            cleanup();
            return Promise.reject(value);
          }
        };
      };
      ZipFile.prototype.openReadStream = function(entry, options, callback) {
        var self = this;
        // parameter validation
                var relativeStart = 0;
        var relativeEnd = entry.compressedSize;
        if (callback == null) {
          callback = options;
          options = null;
        }
        if (options == null) options = {}; else {
          if (options.decodeFileData === false) {
            // new, simple option
            if (options.decrypt != null) throw new Error("cannot use options.decrypt when options.decodeFileData === false");
            if (options.decompress != null) throw new Error("cannot use options.decompress when options.decodeFileData === false");
            // start and end are allowed
                    } else {
            // old, complicated options
            if (options.decrypt != null) {
              if (!entry.isEncrypted()) throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
              if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
              if (entry.isCompressed()) if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
            if (options.decompress != null) {
              if (!entry.isCompressed()) throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
              if (!(options.decompress === false || options.decompress === true)) throw new Error("invalid options.decompress value: " + options.decompress);
              decompress = options.decompress;
            }
          }
          if (options.start != null) {
            relativeStart = options.start;
            if (relativeStart < 0) throw new Error("options.start < 0");
            if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
          }
          if (options.end != null) {
            relativeEnd = options.end;
            if (relativeEnd < 0) throw new Error("options.end < 0");
            if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
            if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
          }
        }
        var rawMode = options.decodeFileData === false || // Explicitly requested raw.
        (entry.compressionMethod === 0 || // Naturally without compression.
        entry.compressionMethod === 8 && options.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false);
        if (options.start != null || options.end != null) 
        // Ensure slicing deals with raw data.
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
        // any further errors can either be caused by the zipfile,
        // or were introduced in a minor version of yauzl,
        // so should be passed to the client rather than thrown.
                if (!self.isOpen) return callback(new Error("closed"));
        if (entry.isEncrypted() && !rawMode) if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
        var decompress;
        if (rawMode) decompress = false; else if (entry.compressionMethod === 8) 
        // 8 - The file is Deflated
        decompress = options.decodeFileData !== true; else return callback(new Error("unsupported compression method: " + entry.compressionMethod));
        self.readLocalFileHeader(entry, {
          minimal: true
        }, function(err, localFileHeader) {
          if (err) return callback(err);
          self.openReadStreamLowLevel(localFileHeader.fileDataStart, entry.compressedSize, relativeStart, relativeEnd, decompress, entry.uncompressedSize, callback);
        });
      };
      ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
        var readStream = this.reader.createReadStream({
          start: fileDataStart + relativeStart,
          end: fileDataStart + relativeEnd
        });
        var endpointStream = readStream;
        if (decompress) {
          var destroyed = false;
          var inflateFilter = zlib.createInflateRaw();
          readStream.on("error", function(err) {
            // setImmediate here because errors can be emitted during the first call to pipe()
            setImmediate(function() {
              if (!destroyed) inflateFilter.emit("error", err);
            });
          });
          readStream.pipe(inflateFilter);
          if (this.validateEntrySizes) {
            endpointStream = new AssertByteCountStream(uncompressedSize);
            inflateFilter.on("error", function(err) {
              // forward zlib errors to the client-visible stream
              setImmediate(function() {
                if (!destroyed) endpointStream.emit("error", err);
              });
            });
            inflateFilter.pipe(endpointStream);
          } else 
          // the zlib filter is the client-visible stream
          endpointStream = inflateFilter;
          // this is part of yauzl's API, so implement this function on the client-visible stream
                    installDestroyFn(endpointStream, function() {
            destroyed = true;
            if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
            readStream.unpipe(inflateFilter);
            // TODO: the inflateFilter may cause a memory leak. see Issue #27.
                        readStream.destroy();
          });
        }
        callback(null, endpointStream);
      };
      ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
        var self = this;
        if (callback == null) {
          callback = options;
          options = null;
        }
        if (options == null) options = {};
        self.reader.ref();
        var buffer = newBuffer(30);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
          try {
            if (err) return callback(err);
            // 0 - Local file header signature = 0x04034b50
                        var signature = buffer.readUInt32LE(0);
            if (signature !== 67324752) return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
            var fileNameLength = buffer.readUInt16LE(26);
            var extraFieldLength = buffer.readUInt16LE(28);
            var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
            // We now have enough information to do this bounds check.
                        if (fileDataStart + entry.compressedSize > self.fileSize) return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
            if (options.minimal) return callback(null, {
              fileDataStart: fileDataStart
            });
            var localFileHeader = new LocalFileHeader;
            localFileHeader.fileDataStart = fileDataStart;
            // 4 - Version needed to extract (minimum)
                        localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
            // 6 - General purpose bit flag
                        localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
            // 8 - Compression method
                        localFileHeader.compressionMethod = buffer.readUInt16LE(8);
            // 10 - File last modification time
                        localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
            // 12 - File last modification date
                        localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
            // 14 - CRC-32
                        localFileHeader.crc32 = buffer.readUInt32LE(14);
            // 18 - Compressed size
                        localFileHeader.compressedSize = buffer.readUInt32LE(18);
            // 22 - Uncompressed size
                        localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
            // 26 - File name length (n)
                        localFileHeader.fileNameLength = fileNameLength;
            // 28 - Extra field length (m)
                        localFileHeader.extraFieldLength = extraFieldLength;
            // 30 - File name
            // 30+n - Extra field
                        buffer = newBuffer(fileNameLength + extraFieldLength);
            self.reader.ref();
            readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
              try {
                if (err) return callback(err);
                localFileHeader.fileName = buffer.subarray(0, fileNameLength);
                localFileHeader.extraField = buffer.subarray(fileNameLength);
                return callback(null, localFileHeader);
              } finally {
                self.reader.unref();
              }
            });
          } finally {
            self.reader.unref();
          }
        });
      };
      ZipFile.prototype.openReadStreamPromise = function(entry, options) {
        return new Promise((resolve, reject) => {
          this.openReadStream(entry, options, function(err, readStream) {
            if (err) return reject(err);
            resolve(readStream);
          });
        });
      };
      ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
        return new Promise((resolve, reject) => {
          this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
            if (err) return reject(err);
            resolve(readStream);
          });
        });
      };
      ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
        return new Promise((resolve, reject) => {
          this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
            if (err) return reject(err);
            resolve(localFileHeader);
          });
        });
      };
      function Entry() {}
      Entry.prototype.getLastModDate = function(options) {
        if (options == null) options = {};
        if (!options.forceDosFormat) 
        // Check extended fields.
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
            // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
            var data = extraField.data;
            if (data.length < 5) continue;
 // Too short.
            // The flags define which of the three fields are present: mtime, atime, ctime.
            // We only care about mtime.
            // Also, ctime is never included in practice.
            // And also, atime is only included in the local file header for some reason
            // despite the flags lying about its inclusion in the central header.
                        var flags = data[0];
            if (!(flags & 1)) continue;
 // This will realistically never happen.
            // Although the positions of all of the fields shift around depending on the presence of other fields,
            // mtime is always first if present, and that's the only one we care about.
                        var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            data = extraField.data;
            if (data.length !== 32) continue;
 // The length is always the same.
            // 4 bytes reserved
            // 2 bytes Tag
                        if (data.readUInt16LE(4) !== 1) continue;
 // Tag1 is actually the only defined Tag.
            // 2 bytes Size
                        if (data.readUInt16LE(6) !== 24) continue;
 // Size is always 24.
            // 8 bytes Mtime
                        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            // Convert from NTFS to POSIX milliseconds.
            // The big number below is the milliseconds between year 1601 and year 1970
            // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
                        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
            // and NTFS timestamps are typically much bigger than that limit.
            // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
            // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
            // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
            // Up through the year 2057, this conversion only drops 4 bits of precision,
            // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
                        return new Date(millisecondsSince1970);
          }
        }
        // Fallback to non-extended encoding.
                return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
      };
      Entry.prototype.canDecodeFileData = function() {
        return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
      };
      Entry.prototype.isEncrypted = function() {
        return (this.generalPurposeBitFlag & 1) !== 0;
      };
      Entry.prototype.isCompressed = function() {
        return this.compressionMethod === 8;
      };
      function LocalFileHeader() {}
      function dosDateTimeToDate(date, time, timezone) {
        var day = date & 31;
 // 1-31
                var month = (date >> 5 & 15) - 1;
 // 1-12, 0-11
                var year = 1980 + (date >> 9 & 127);
 // 0-128, 1980-2108
                var second = 2 * (time & 31);
 // 0-29, 0-58 (even numbers)
                var minute = time >> 5 & 63;
 // 0-59
                var hour = time >> 11 & 31;
 // 0-23
                if (timezone == null || timezone === "local") return new Date(year, month, day, hour, minute, second, 0); else if (timezone === "UTC") return new Date(Date.UTC(year, month, day, hour, minute, second, 0)); else throw new Error("unrecognized options.timezone: " + options.timezone);
      }
      function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
        var fileName = null;
        // check for Info-ZIP Unicode Path Extra Field (0x7075)
        // see https://github.com/thejoshwolfe/yauzl/issues/33
                for (var i = 0; i < extraFields.length; i++) {
          var extraField = extraFields[i];
          if (extraField.id === 28789) {
            if (extraField.data.length < 6) 
            // too short to be meaningful
            continue;
            // Version       1 byte      version of this extra field, currently 1
                        if (extraField.data.readUInt8(0) !== 1) 
            // > Changes may not be backward compatible so this extra
            // > field should not be used if the version is not recognized.
            continue;
            // NameCRC32     4 bytes     File Name Field CRC32 Checksum
                        var oldNameCrc32 = extraField.data.readUInt32LE(1);
            if (crc32(fileNameBuffer) !== oldNameCrc32) 
            // > If the CRC check fails, this UTF-8 Path Extra Field should be
            // > ignored and the File Name field in the header should be used instead.
            continue;
            // UnicodeName   Variable    UTF-8 version of the entry File Name
                        fileName = decodeBuffer(extraField.data.subarray(5), true);
            break;
          }
        }
        if (fileName == null) {
          // The typical case.
          var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
          fileName = decodeBuffer(fileNameBuffer, isUtf8);
        }
        if (!strictFileNames) 
        // Allow backslash.
        fileName = fileName.replace(/\\/g, "/");
        return fileName;
      }
      function validateFileName(fileName) {
        if (fileName.indexOf("\\") !== -1) return "invalid characters in fileName: " + fileName;
        if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) return "absolute path: " + fileName;
        if (fileName.split("/").indexOf("..") !== -1) return "invalid relative path: " + fileName;
        // all good
                return null;
      }
      function parseExtraFields(extraFieldBuffer) {
        var extraFields = [];
        var i = 0;
        while (i < extraFieldBuffer.length - 3) {
          var headerId = extraFieldBuffer.readUInt16LE(i + 0);
          var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
          var dataStart = i + 4;
          var dataEnd = dataStart + dataSize;
          if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
          var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
          extraFields.push({
            id: headerId,
            data: dataBuffer
          });
          i = dataEnd;
        }
        return extraFields;
      }
      function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
        if (length === 0) 
        // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
        reader.read(buffer, offset, length, position, function(err, bytesRead) {
          if (err) return callback(err);
          if (bytesRead < length) return callback(new Error("unexpected EOF"));
          callback();
        });
      }
      util.inherits(AssertByteCountStream, Transform);
      function AssertByteCountStream(byteCount) {
        Transform.call(this);
        this.actualByteCount = 0;
        this.expectedByteCount = byteCount;
      }
      AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
        this.actualByteCount += chunk.length;
        if (this.actualByteCount > this.expectedByteCount) {
          var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
          return cb(new Error(msg));
        }
        cb(null, chunk);
      };
      AssertByteCountStream.prototype._flush = function(cb) {
        if (this.actualByteCount < this.expectedByteCount) {
          var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
          return cb(new Error(msg));
        }
        cb();
      };
      util.inherits(RandomAccessReader, EventEmitter);
      function RandomAccessReader() {
        EventEmitter.call(this);
        this.refCount = 0;
      }
      RandomAccessReader.prototype.ref = function() {
        this.refCount += 1;
      };
      RandomAccessReader.prototype.unref = function() {
        var self = this;
        self.refCount -= 1;
        if (self.refCount > 0) return;
        if (self.refCount < 0) throw new Error("invalid unref");
        self.close(function onCloseDone(err) {
          if (err) return self.emit("error", err);
          self.emit("close");
        });
      };
      RandomAccessReader.prototype.createReadStream = function(options) {
        if (options == null) options = {};
        var start = options.start;
        var end = options.end;
        if (start === end) {
          var emptyStream = new PassThrough;
          setImmediate(function() {
            emptyStream.end();
          });
          return emptyStream;
        }
        var stream = this._readStreamForRange(start, end);
        var destroyed = false;
        var refUnrefFilter = new RefUnrefFilter(this);
        stream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) refUnrefFilter.emit("error", err);
          });
        });
        installDestroyFn(refUnrefFilter, function() {
          stream.unpipe(refUnrefFilter);
          refUnrefFilter.unref();
          stream.destroy();
        });
        var byteCounter = new AssertByteCountStream(end - start);
        refUnrefFilter.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) byteCounter.emit("error", err);
          });
        });
        installDestroyFn(byteCounter, function() {
          destroyed = true;
          refUnrefFilter.unpipe(byteCounter);
          refUnrefFilter.destroy();
        });
        return stream.pipe(refUnrefFilter).pipe(byteCounter);
      };
      RandomAccessReader.prototype._readStreamForRange = function(start, end) {
        throw new Error("not implemented");
      };
      RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
        var readStream = this.createReadStream({
          start: position,
          end: position + length
        });
        var writeStream = new Writable;
        var written = 0;
        writeStream._write = function(chunk, encoding, cb) {
          chunk.copy(buffer, offset + written, 0, chunk.length);
          written += chunk.length;
          cb();
        };
        writeStream.on("finish", callback);
        readStream.on("error", function(error) {
          callback(error);
        });
        readStream.pipe(writeStream);
      };
      RandomAccessReader.prototype.close = function(callback) {
        setImmediate(callback);
      };
      util.inherits(RefUnrefFilter, PassThrough);
      function RefUnrefFilter(context) {
        PassThrough.call(this);
        this.context = context;
        this.context.ref();
        this.unreffedYet = false;
      }
      RefUnrefFilter.prototype._flush = function(cb) {
        this.unref();
        cb();
      };
      RefUnrefFilter.prototype.unref = function(cb) {
        if (this.unreffedYet) return;
        this.unreffedYet = true;
        this.context.unref();
      };
      var cp437 = "\0☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";
      function decodeBuffer(buffer, isUtf8) {
        if (isUtf8) return buffer.toString("utf8"); else {
          var result = "";
          for (var i = 0; i < buffer.length; i++) result += cp437[buffer[i]];
          return result;
        }
      }
      function readUInt64LE(buffer, offset) {
        // There is no native function for this, because we can't actually store 64-bit integers precisely.
        // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
        // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
        // As of 2020, Node has added support for BigInt, which obviates this whole function,
        // but yauzl hasn't been updated to depend on BigInt (yet?).
        var lower32 = buffer.readUInt32LE(offset);
        var upper32 = buffer.readUInt32LE(offset + 4);
        // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
                return upper32 * 4294967296 + lower32;
        // as long as we're bounds checking the result of this function against the total file size,
        // we'll catch any overflow errors, because we already made sure the total file size was within reason.
            }
      // Node 10 deprecated new Buffer().
            var newBuffer;
      if (typeof Buffer.allocUnsafe === "function") newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      }; else newBuffer = function(len) {
        return new Buffer(len);
      };
      // Node 8 introduced a proper destroy() implementation on writable streams.
            function installDestroyFn(stream, fn) {
        if (typeof stream.destroy === "function") 
        // New API.
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        }; else 
        // Old API.
        stream.destroy = fn;
      }
      function defaultCallback(err) {
        if (err) throw err;
      }
      /***/    }),
    /***/ 2613: 
    /***/ (module => {
      "use strict";
      module.exports = require("assert");
      /***/    }),
    /***/ 4434: 
    /***/ (module => {
      "use strict";
      module.exports = require("events");
      /***/    }),
    /***/ 9896: 
    /***/ (module => {
      "use strict";
      module.exports = require("fs");
      /***/    }),
    /***/ 8611: 
    /***/ (module => {
      "use strict";
      module.exports = require("http");
      /***/    }),
    /***/ 5692: 
    /***/ (module => {
      "use strict";
      module.exports = require("https");
      /***/    }),
    /***/ 9278: 
    /***/ (module => {
      "use strict";
      module.exports = require("net");
      /***/    }),
    /***/ 4589: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:assert");
      /***/    }),
    /***/ 6698: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:async_hooks");
      /***/    }),
    /***/ 4573: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:buffer");
      /***/    }),
    /***/ 7540: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:console");
      /***/    }),
    /***/ 7598: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:crypto");
      /***/    }),
    /***/ 3053: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:diagnostics_channel");
      /***/    }),
    /***/ 610: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:dns");
      /***/    }),
    /***/ 8474: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:events");
      /***/    }),
    /***/ 7067: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:http");
      /***/    }),
    /***/ 2467: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:http2");
      /***/    }),
    /***/ 4708: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:https");
      /***/    }),
    /***/ 7030: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:net");
      /***/    }),
    /***/ 643: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:perf_hooks");
      /***/    }),
    /***/ 1792: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:querystring");
      /***/    }),
    /***/ 7075: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:stream");
      /***/    }),
    /***/ 1692: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:tls");
      /***/    }),
    /***/ 3136: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:url");
      /***/    }),
    /***/ 7975: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:util");
      /***/    }),
    /***/ 3429: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:util/types");
      /***/    }),
    /***/ 5919: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:worker_threads");
      /***/    }),
    /***/ 8522: 
    /***/ (module => {
      "use strict";
      module.exports = require("node:zlib");
      /***/    }),
    /***/ 2203: 
    /***/ (module => {
      "use strict";
      module.exports = require("stream");
      /***/    }),
    /***/ 3193: 
    /***/ (module => {
      "use strict";
      module.exports = require("string_decoder");
      /***/    }),
    /***/ 4756: 
    /***/ (module => {
      "use strict";
      module.exports = require("tls");
      /***/    }),
    /***/ 9023: 
    /***/ (module => {
      "use strict";
      module.exports = require("util");
      /***/    }),
    /***/ 3106: 
    /***/ (module => {
      "use strict";
      module.exports = require("zlib");
      /***/    }),
    /***/ 9783: 
    /***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {
      "use strict";
      /* harmony export */      __nccwpck_require__.d(__webpack_exports__, {
        /* harmony export */ s: () => /* binding */ getProxyUrl
        /* harmony export */      });
      /* unused harmony export checkBypass */      function getProxyUrl(reqUrl) {
        const usingSsl = reqUrl.protocol === "https:";
        if (checkBypass(reqUrl)) return;
        const proxyVar = (() => {
          if (usingSsl) return process.env["https_proxy"] || process.env["HTTPS_PROXY"]; else return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        })();
        if (proxyVar) try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://")) return new DecodedURL(`http://${proxyVar}`);
        } else return;
      }
      function checkBypass(reqUrl) {
        if (!reqUrl.hostname) return false;
        const reqHost = reqUrl.hostname;
        if (isLoopbackAddress(reqHost)) return true;
        const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
        if (!noProxy) return false;
        // Determine the request port
                let reqPort;
        if (reqUrl.port) reqPort = Number(reqUrl.port); else if (reqUrl.protocol === "http:") reqPort = 80; else if (reqUrl.protocol === "https:") reqPort = 443;
        // Format the request hostname and hostname with port
                const upperReqHosts = [ reqUrl.hostname.toUpperCase() ];
        if (typeof reqPort === "number") upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
        // Compare request host against noproxy
                for (const upperNoProxyItem of noProxy.split(",").map(x => x.trim().toUpperCase()).filter(x => x)) if (upperNoProxyItem === "*" || upperReqHosts.some(x => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) return true;
        return false;
      }
      function isLoopbackAddress(host) {
        const hostLower = host.toLowerCase();
        return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
      }
      class DecodedURL extends URL {
        constructor(url, base) {
          super(url, base);
          this._decodedUsername = decodeURIComponent(super.username);
          this._decodedPassword = decodeURIComponent(super.password);
        }
        get username() {
          return this._decodedUsername;
        }
        get password() {
          return this._decodedPassword;
        }
      }
      //# sourceMappingURL=proxy.js.map
      /***/    })
    /******/  };
  /************************************************************************/
  /******/ // The module cache
  /******/  var __webpack_module_cache__ = {};
  /******/
  /******/ // The require function
  /******/  function __nccwpck_require__(moduleId) {
    /******/ // Check if module is in cache
    /******/ var cachedModule = __webpack_module_cache__[moduleId];
    /******/    if (cachedModule !== void 0) 
    /******/ return cachedModule.exports;
    /******/
    /******/ // Create a new module (and put it into the cache)
    /******/    var module = __webpack_module_cache__[moduleId] = {
      /******/ // no module.id needed
      /******/ // no module.loaded needed
      /******/ exports: {}
      /******/    };
    /******/
    /******/ // Execute the module function
    /******/    var threw = true;
    /******/    try {
      /******/ __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
      /******/      threw = false;
      /******/    } finally {
      /******/ if (threw) delete __webpack_module_cache__[moduleId];
      /******/    }
    /******/
    /******/ // Return the exports of the module
    /******/    return module.exports;
    /******/  }
  /******/
  /******/ // expose the modules object (__webpack_modules__)
  /******/  __nccwpck_require__.m = __webpack_modules__;
  /******/
  /************************************************************************/
  /******/ /* webpack/runtime/asset-relocator-loader */
  /******/  if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = __dirname + "/";
  /******/
  /******/ /* webpack/runtime/create fake namespace object */
  /******/  (() => {
    /******/ var getProto = Object.getPrototypeOf ? obj => Object.getPrototypeOf(obj) : obj => obj.__proto__;
    /******/    var leafPrototypes;
    /******/ // create a fake namespace object
    /******/ // mode & 1: value is a module id, require it
    /******/ // mode & 2: merge all properties of value into the ns
    /******/ // mode & 4: return value when already ns object
    /******/ // mode & 16: return value when it's Promise-like
    /******/ // mode & 8|1: behave like require
    /******/    __nccwpck_require__.t = function(value, mode) {
      /******/ if (mode & 1) value = this(value);
      /******/      if (mode & 8) return value;
      /******/      if (typeof value === "object" && value) {
        /******/ if (mode & 4 && value.__esModule) return value;
        /******/        if (mode & 16 && typeof value.then === "function") return value;
        /******/      }
      /******/      var ns = Object.create(null);
      /******/      __nccwpck_require__.r(ns);
      /******/      var def = {};
      /******/      leafPrototypes = leafPrototypes || [ null, getProto({}), getProto([]), getProto(getProto) ];
      /******/      for (var current = mode & 2 && value; typeof current == "object" && !~leafPrototypes.indexOf(current); current = getProto(current)) 
      /******/ Object.getOwnPropertyNames(current).forEach(key => def[key] = () => value[key]);
      /******/
      /******/      def["default"] = () => value;
      /******/      __nccwpck_require__.d(ns, def);
      /******/      return ns;
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/define property getters */
  /******/  (() => {
    /******/ // define getter functions for harmony exports
    /******/ __nccwpck_require__.d = (exports, definition) => {
      /******/ for (var key in definition) 
      /******/ if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) 
      /******/ Object.defineProperty(exports, key, {
        enumerable: true,
        get: definition[key]
      });
      /******/
      /******/
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/ensure chunk */
  /******/  (() => {
    /******/ __nccwpck_require__.f = {};
    /******/ // This file contains only the entry chunk.
    /******/ // The chunk loading function for additional chunks
    /******/    __nccwpck_require__.e = chunkId => Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
      /******/ __nccwpck_require__.f[key](chunkId, promises);
      /******/      return promises;
      /******/    }, []));
    /******/  })();
  /******/
  /******/ /* webpack/runtime/get javascript chunk filename */
  /******/  (() => {
    /******/ // This function allow to reference async chunks
    /******/ __nccwpck_require__.u = chunkId => chunkId + ".index.js";
    /******/  })();
  /******/
  /******/ /* webpack/runtime/hasOwnProperty shorthand */
  /******/  (() => {
    /******/ __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop)
    /******/;
  })();
  /******/
  /******/ /* webpack/runtime/make namespace object */
  /******/  (() => {
    /******/ // define __esModule on exports
    /******/ __nccwpck_require__.r = exports => {
      /******/ if (typeof Symbol !== "undefined" && Symbol.toStringTag) 
      /******/ Object.defineProperty(exports, Symbol.toStringTag, {
        value: "Module"
      });
      /******/
      /******/      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      /******/    };
    /******/  })();
  /******/
  /******/ /* webpack/runtime/require chunk loading */
  /******/  (() => {
    /******/ // no baseURI
    /******/
    /******/ // object to store loaded chunks
    /******/ // "1" means "loaded", otherwise not loaded yet
    /******/ var installedChunks = {
      /******/ 792: 1
      /******/    };
    /******/
    /******/ // no on chunks loaded
    /******/
    /******/    var installChunk = chunk => {
      /******/ var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
      /******/      for (var moduleId in moreModules) 
      /******/ if (__nccwpck_require__.o(moreModules, moduleId)) 
      /******/ __nccwpck_require__.m[moduleId] = moreModules[moduleId];
      /******/
      /******/
      /******/      if (runtime) runtime(__nccwpck_require__);
      /******/      for (var i = 0; i < chunkIds.length; i++) 
      /******/ installedChunks[chunkIds[i]] = 1;
      /******/
      /******/    };
    /******/
    /******/ // require() chunk loading for javascript
    /******/    __nccwpck_require__.f.require = (chunkId, promises) => {
      /******/ // "1" is the signal for "already loaded"
      /******/ if (!installedChunks[chunkId]) 
      /******/ if (true) // all chunks have JS
      /******/ installChunk(require("./" + __nccwpck_require__.u(chunkId)));
      /******/ else installedChunks[chunkId] = 1;
      /******/
      /******/    };
    /******/
    /******/ // no external install chunk
    /******/
    /******/ // no HMR
    /******/
    /******/ // no HMR manifest
    /******/  })();
  /******/
  /************************************************************************/  
  // This entry need to be wrapped in an IIFE because it need to be in strict mode.
  (() => {
    "use strict";
    /**
 * Exits once stdout and stderr have drained (writes to a pipe are asynchronous on macOS), and
 * exits at once after that: a request left hanging by a cancelled wait must not keep the process alive.
 */
    async function exitWhenFlushed(code) {
      const drained = stream => new Promise(resolve => {
        // A closed stream never drains; its write callback would report an error or never come.
        if (stream.destroyed || stream.writableEnded) return resolve();
        stream.write("", () => resolve());
      });
      await Promise.all([ drained(process.stdout), drained(process.stderr) ]);
      // Node 20 exits 0 on process.exit(undefined), whatever process.exitCode says.
            process.exit(code ?? process.exitCode);
    }
    // EXTERNAL MODULE: external "node:util"
        var external_node_util_ = __nccwpck_require__(7975);
    // CONCATENATED MODULE: ./src/settings/durations.ts
    const UNIT_MS = {
      h: 36e5,
      m: 6e4,
      s: 1e3,
      ms: 1
    };
    const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/;
    /**
 * Parses `90` (seconds), `45s`, `30m`, `1h30m`, `500ms` into milliseconds.
 * Returns undefined for anything else, so callers can word their own error.
 */    function parseDuration(text) {
      const value = text.trim();
      if (/^\d+$/.test(value)) return Number(value) * UNIT_MS.s;
      const match = DURATION.exec(value);
      if (!match || value === "") return;
      const [, h, m, s, ms] = match;
      return Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s + Number(ms ?? 0) * UNIT_MS.ms;
    }
    /** `3725000` -> `1h2m5s`: how durations are shown back to users. */    function formatDuration(ms) {
      let seconds = Math.round(ms / 1e3);
      if (seconds === 0) return ms >= 1 ? `${Math.round(ms)}ms` : "0s";
      const h = Math.floor(seconds / 3600);
      seconds -= h * 3600;
      const m = Math.floor(seconds / 60);
      seconds -= m * 60;
      return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${seconds ? `${seconds}s` : ""}`;
    }
    // CONCATENATED MODULE: ./src/gitlab/statuses.ts
    /**
 * GitLab pipeline statuses (app/models/concerns/ci/has_status.rb). `manual` is not terminal in
 * GitLab, but a pipeline blocked on a manual job never moves without a person, so it ends the wait.
 */
    const FINAL_STATUSES = [ "success", "failed", "canceled", "skipped", "manual" ];
    function isFinalStatus(status) {
      return FINAL_STATUSES.includes(status);
    }
    function jsonStringifyReplacer(_, value) {
      if (typeof value === "bigint") return value.toString();
      return value;
    }
    // the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
        class Cached {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    }
    function cached(getter) {
      return new Cached(getter);
    }
    function cleanRegex(source) {
      const start = source.startsWith("^") ? 1 : 0;
      const end = source.endsWith("$") ? source.length - 1 : source.length;
      return source.slice(start, end);
    }
    const EVALUATING =  Symbol("evaluating");
    function defineLazy(object, key, getter) {
      let value;
      Object.defineProperty(object, key, {
        get() {
          if (value === EVALUATING) 
          // Circular reference detected, return undefined to break the cycle
          return;
          if (value === void 0) {
            value = EVALUATING;
            value = getter();
          }
          return value;
        },
        set(v) {
          Object.defineProperty(object, key, {
            value: v
          });
          // object[key] = v;
                },
        configurable: true
      });
    }
    function assignProp(target, prop, value) {
      Object.defineProperty(target, prop, {
        value: value,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
    /**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */    function rawShape(def) {
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      return desc?.get ? desc.get.raw : desc?.value;
    }
    // where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
        function sourceShape(schema) {
      return rawShape(schema._zod.def) ?? schema._zod.def.shape;
    }
    // a key whose value is not settled yet, self-caching so every read after the first gets the same one
        function deferProp(target, key, getter) {
      Object.defineProperty(target, key, {
        get() {
          const value = getter();
          assignProp(this, key, value);
          return value;
        },
        enumerable: true,
        configurable: true
      });
    }
    // Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
        function putProp(target, key, value) {
      if (key in target) assignProp(target, key, value); else target[key] = value;
    }
    /**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */    function mirrorShape(target, source, keys, wrap) {
      const raw = sourceShape(source);
      for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable) continue;
        if (desc.get) deferProp(target, key, () => {
          const value = source._zod.def.shape[key];
          return wrap ? wrap(value, key) : value;
        }); else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
      }
    }
    // same, for a plain shape a caller passed rather than a schema's
        function mirrorProps(target, source) {
      for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable) continue;
        if (desc.get) deferProp(target, key, () => source[key]); else putProp(target, key, desc.value);
      }
    }
    function mergeDefs(...defs) {
      const mergedDescriptors = {};
      for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
      }
      return Object.defineProperties({}, mergedDescriptors);
    }
    const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
    function util_isObject(data) {
      return typeof data === "object" && data !== null && !Array.isArray(data);
    }
    function isPlainObject(o) {
      if (util_isObject(o) === false) return false;
      // modified constructor
            const ctor = o.constructor;
      if (ctor === void 0) return true;
      if (typeof ctor !== "function") return true;
      // modified prototype
            const prot = ctor.prototype;
      if (util_isObject(prot) === false) return false;
      // ctor doesn't have static `isPrototypeOf`
            if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
      return true;
    }
    function shallowClone(o) {
      if (isPlainObject(o)) return {
        ...o
      };
      if (Array.isArray(o)) return [ ...o ];
      if (o instanceof Map) return new Map(o);
      if (o instanceof Set) return new Set(o);
      return o;
    }
    // zod-specific utils
    function clone(inst, def, params) {
      const cl = new inst._zod.constr(def ?? inst._zod.def);
      if (!def || params?.parent) cl._zod.parent = inst;
      return cl;
    }
    function normalizeParams(_params) {
      const params = _params;
      if (!params) return {};
      if (typeof params === "string") return {
        error: () => params
      };
      if (params?.message !== void 0) {
        if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
      }
      delete params.message;
      if (typeof params.error === "string") return {
        ...params,
        error: () => params.error
      };
      return params;
    }
    function optionalKeys(shape) {
      return Object.keys(shape).filter(k => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
    }
    // Wrapped in a ` ` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
        const NUMBER_FORMAT_RANGES =  (() => ({
      safeint: [ Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER ],
      int32: [ -2147483648, 2147483647 ],
      uint32: [ 0, 4294967295 ],
      float32: [ -34028234663852886e22, 34028234663852886e22 ],
      float64: [ -Number.MAX_VALUE, Number.MAX_VALUE ]
    }))();
    function extend(schema, shape) {
      if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
      const checks = schema._zod.def.checks;
      const hasChecks = checks && checks.length > 0;
      if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
      return clone(schema, mergeDefs(schema._zod.def, {
        shape: extended(schema, shape)
      }));
    }
    // the source's keys, then the caller's overlaid on top
        function extended(schema, shape) {
      const newShape = {};
      mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
      mirrorProps(newShape, shape);
      return newShape;
    }
    // invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
    function aborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
      return false;
    }
    // Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
        function explicitlyAborted(x, startIndex = 0) {
      if (x.aborted === true) return true;
      for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
      return false;
    }
    function prefixIssues(path, issues) {
      return issues.map(iss => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
      });
    }
    function unwrapMessage(message) {
      return typeof message === "string" ? message : message?.message;
    }
    /* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
    /** The leading size checks of `defChecks` that set an upper bound, each paired with it. */    function sizeCaps(defChecks) {
      const caps = [];
      for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
                if (!/_(length|size)$|_equals$/.test(d.check)) break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0) caps.push([ max, ch ]);
      }
      return caps;
    }
    function attachSchema(issues, start, inst) {
      var _a;
      for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
    }
    function finalizeIssue(iss, ctx, config) {
      var _a;
      // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
            const traits = iss.inst?._zod?.traits;
      if (traits?.has("$ZodType")) if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst); else iss.schema = iss.inst;
      // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
            const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
      const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
      // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
            const full = {};
      for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
        full[k] = iss[k];
      }
      full.path ?? (full.path = []);
      full.message = message;
      if (ctx?.reportInput) full.input = iss.input;
      return full;
    }
    //////////    PROTOTYPE INSTALLERS     //////////
    // Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
    /**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
    function members(proto, table) {
      for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
                if (desc.get) Object.defineProperty(proto, key, {
          ...desc,
          enumerable: false
        });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
         else defineBound(proto, key, desc.value);
      }
    }
    /** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */    function own(inst, key, value, enumerable = true) {
      Object.defineProperty(inst, key, {
        configurable: true,
        writable: true,
        enumerable: enumerable,
        value: value
      });
      return value;
    }
    /** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */    function hide(inst, key, value) {
      return own(inst, key, value, false);
    }
    /** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */    function defineBound(proto, key, fn) {
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
          return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
          own(this, key, value);
        }
      });
    }
    /** Returns the prototype to install on, or `undefined` if this group is already installed on it. */    function claim(inst, sentinel) {
      const proto = Object.getPrototypeOf(inst);
      // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
            return sentinel in proto ? void 0 : proto;
    }
    // The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
        let installing;
    // Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
        let broke = false;
    const breaker = {
      configurable: true,
      get() {
        broke = true;
        return;
      }
    };
    /**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */    function defineLazyInternal(inst, key, compute) {
      const proto = Object.getPrototypeOf(inst._zod);
      if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = void 0;
        return;
      }
      installing = inst._zod;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
          Object.defineProperty(this, key, breaker);
          const outer = broke;
          broke = false;
          try {
            const value = compute(this);
            // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                        if (broke) delete this[key]; else Object.defineProperty(this, key, {
              configurable: true,
              writable: true,
              value: value
            });
            broke = broke || outer;
            return value;
          } catch (err) {
            // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
            delete this[key];
            broke = broke || outer;
            throw err;
          }
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            value: value
          });
        }
      });
    }
    /**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */    function installLazyProp(inst, key, make, enumerable) {
      const proto = claim(inst, key);
      if (!proto) return;
      Object.defineProperty(proto, key, {
        configurable: true,
        get() {
          // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
          const desc = {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: void 0
          };
          Object.defineProperty(this, key, desc);
          // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
                    desc.value = make(this);
          Object.defineProperty(this, key, desc);
          return desc.value;
        },
        set(value) {
          Object.defineProperty(this, key, {
            configurable: true,
            writable: true,
            enumerable: enumerable,
            value: value
          });
        }
      });
    }
    /** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */    
    /** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
    function constantCatch(value) {
      const fn = () => value;
      fn["~constantCatch"] = true;
      return fn;
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
    var _a;
    /** A special constant with type `never` */    const NEVER =  Object.freeze({
      status: "aborted"
    });
    /* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */    const _zodDesc = {
      value: void 0,
      enumerable: false
    };
    // null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
        let _E = "captureStackTrace" in Error ? Error : null;
    // v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
        function newError(Definition) {
      const E = _E;
      if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
          try {
            E.stackTraceLimit = 0;
          } catch {
            _E = null;
            return new Definition;
          }
          try {
            return new Definition;
          } finally {
            E.stackTraceLimit = saved;
          }
        }
      }
      return new Definition;
    }
    function $constructor(name, initializer, 
    /** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
    proto, params) {
      // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
      function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set;
      }
      Internals.prototype = {};
      const protoMembers = proto;
      // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
            const initialized = protoMembers && new WeakSet;
      function init(inst, def) {
        if (!inst._zod) {
          _zodDesc.value = new Internals(def);
          try {
            Object.defineProperty(inst, "_zod", _zodDesc);
          } finally {
            // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
            _zodDesc.value = void 0;
          }
        } else if (inst._zod.traits.has(name)) return;
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
          // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
          const own = Object.getPrototypeOf(inst);
          const ctorProto = inst._zod.constr.prototype;
          let up = own;
          while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
          const target = up ?? own;
          if (!initialized.has(target)) {
            initialized.add(target);
            members(target, protoMembers);
          }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
                const proto = _.prototype;
        for (const k in proto) {
          if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
          if (!(k in inst)) inst[k] = proto[k].bind(inst);
        }
      }
      // doesn't work if Parent has a constructor with arguments
            const Parent = params?.Parent ?? Object;
      class Definition extends Parent {}
      Object.defineProperty(Definition, "name", {
        value: name
      });
      function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
          for (const fn of deferred) fn();
          // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
                    inst._zod.deferred = void 0;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
                const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp) pp(inst);
        return inst;
      }
      Object.defineProperty(_, "init", {
        value: init
      });
      Object.defineProperty(_, Symbol.hasInstance, {
        value: inst => {
          if (params?.Parent && inst instanceof params.Parent) return true;
          return inst?._zod?.traits?.has(name);
        }
      });
      Object.defineProperty(_, "name", {
        value: name
      });
      return _;
    }
    //////////////////////////////   UTILITIES   ///////////////////////////////////////
        class $ZodAsyncError extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    }
    class $ZodEncodeError extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
      }
    }
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    const core_globalConfig = globalThis.__zod_globalConfig;
    function config(newConfig) {
      if (newConfig) Object.assign(core_globalConfig, newConfig);
      return core_globalConfig;
    }
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
    // import { $ZodType } from "./schemas.js";
    const $ZodCheck =  $constructor("$ZodCheck", (inst, def) => {
      var _a;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a = inst._zod).onattach ?? (_a.onattach = []);
    });
    /** Default `when` for size-based checks: run only on non-nullish values with a `size`. */    const $ZodCheckNumberFormat =  $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
 // no format checks
            def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = payload => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            // invalid_format issue
            // payload.issues.push({
            //   expected: def.format,
            //   format: def.format,
            //   code: "invalid_format",
            //   input,
            //   inst,
            // });
            // invalid_type issue
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input: input,
              inst: inst
            });
            return;
            // not_multiple_of issue
            // payload.issues.push({
            //   code: "not_multiple_of",
            //   origin: "number",
            //   input,
            //   inst,
            //   divisor: 1,
            // });
                    }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) 
            // too_big
            payload.issues.push({
              input: input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst: inst,
              origin: origin,
              inclusive: true,
              continue: !def.abort
            }); else 
            // too_small
            payload.issues.push({
              input: input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst: inst,
              origin: origin,
              inclusive: true,
              continue: !def.abort
            });
            return;
          }
        }
        if (input < minimum) payload.issues.push({
          origin: "number",
          input: input,
          code: "too_small",
          minimum: minimum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
        if (input > maximum) payload.issues.push({
          origin: "number",
          input: input,
          code: "too_big",
          maximum: maximum,
          inclusive: true,
          inst: inst,
          continue: !def.abort
        });
      };
    });
    // the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
    const anyString = /^[\s\S]{0,}$/;
    const number = /^-?\d+(?:\.\d+)?$/;
    const regexes_boolean = /^(?:true|false)$/i;
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
    const version = {
      major: 4,
      minor: 6,
      patch: 7
    };
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js
    const $ZodType =  $constructor("$ZodType", (inst, def) => {
      var _a;
      inst ?? (inst = {});
      inst._zod.def = def;
 // set _def property
            inst._zod.bag = inst._zod.bag || {};
 // initialize _bag object
            inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      // if inst is itself a checks.$ZodCheck, run it as a check
            const checks = inst._zod.traits.has("$ZodCheck") ? [ inst, ...defChecks ?? [] ] : defChecks?.length ? [ ...defChecks ] : [];
      for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
      if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks, ctx) => {
          if (payload.memo) return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload)) continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun) continue;
            } else if (isAborted) continue;
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError;
            if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen) return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }); else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen) continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted) isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) return asyncResult.then(() => payload);
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          // abort if the canary is aborted
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          // run checks first, then
                    const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return checkResult.then(checkResult => inst._zod.parse(checkResult, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            // run canary initial pass (no checks)
            const canary = inst._zod.parse({
              value: payload.value,
              issues: []
            }, {
              ...ctx,
              skipChecks: true
            });
            if (canary instanceof Promise) return canary.then(canary => handleCanaryResult(canary, payload, ctx));
            return handleCanaryResult(canary, payload, ctx);
          }
          // forward
                    const result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === false) throw new $ZodAsyncError;
            return result.then(result => runChecks(result, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    /** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
    // a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
        const toStandardResult = (r, ctx) => r.issues.length ? {
      issues: r.issues.map(iss => finalizeIssue(iss, ctx, config()))
    } : {
      value: r.value
    };
    async function validateAsync(inst, value) {
      const ctx = {
        async: true
      };
      return toStandardResult(await inst._zod.run({
        value: value,
        issues: []
      }, ctx), ctx);
    }
    function standardProps(inst) {
      return {
        validate: value => {
          const ctx = {
            async: false
          };
          try {
            const r = inst._zod.run({
              value: value,
              issues: []
            }, ctx);
            if (!(r instanceof Promise)) return toStandardResult(r, ctx);
          } catch (_) {}
          // async function so a synchronously throwing check rejects instead of escaping validate
                    return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1
      };
    }
    const $ZodString =  $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
            inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce) try {
          payload.value = String(payload.value);
        } catch (_) {}
        if (typeof payload.value === "string") return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodNumber =  $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = Number(payload.value);
        } catch (_) {}
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input: input,
          inst: inst,
          ...received ? {
            received: received
          } : {}
        });
        return payload;
      };
    });
    const $ZodNumberFormat =  $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
 // no format checks
        });
    const $ZodBoolean =  $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = regexes_boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) try {
          payload.value = Boolean(payload.value);
        } catch (_) {}
        const input = payload.value;
        if (typeof input === "boolean") return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input: input,
          inst: inst
        });
        return payload;
      };
    });
    const $ZodUnknown =  $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = payload => payload;
    });
    // an oversized container fails its leading size checks before any element is parsed
    function capSize(inst, size) {
      const caps = sizeCaps(inst._zod.def.checks);
      if (!caps.length) return;
      const cap = Math.min(...caps.map(c => c[0]));
      const parse = inst._zod.parse;
      inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
        return parse(payload, ctx);
      };
    }
    const arraySize = input => Array.isArray(input) ? input.length : -1;
    function handleArrayResult(result, final, index) {
      if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
      final.value[index] = result.value;
    }
    const $ZodArray =  $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = core_globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) proms.push(result.then(result => handleArrayResult(result, payload, i))); else {
            handleArrayResult(result, payload, i);
            // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                        if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
          }
        }
        if (proms.length) return Promise.all(proms).then(() => payload);
        return payload;
 //handleArrayResultsAsync(parseResults, final);
            };
      capSize(inst, arraySize);
    });
    function handlePropertyResult(result, final, key, input, optin, optout) {
      const isPresent = key in input;
      const isOptionalOut = optout === "optional";
      // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
            if (!isPresent && isOptionalOut && optin === "optional") return;
      if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== void 0 && isOptionalOut && !isPresent) return;
        final.issues.push(...prefixIssues(key, result.issues));
      }
      if (!isPresent && optin === void 0) {
        if (!result.issues.length) final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [ key ]
        });
        return;
      }
      if (result.value === void 0) {
        if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
      } else final.value[key] = result.value;
    }
    // one shared instance; a fresh [] per schema cost 56 bytes retained
        const NO_SYMBOL_KEYS = [];
    function normalizeDef(def) {
      const keys = Object.keys(def.shape);
      const ownSymbols = Object.getOwnPropertySymbols(def.shape);
      const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
      // aliases `keys` when there are no symbols, so a string-only shape keeps one array
            const allKeys = symbolKeys.length ? [ ...keys, ...symbolKeys ] : keys;
      for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      const okeys = optionalKeys(def.shape);
      return {
        ...def,
        allKeys: allKeys,
        symbolKeys: symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys)
      };
    }
    function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
      const unrecognized = [];
      const keySet = def.keySet;
      const _catchall = def.catchall._zod;
      const t = _catchall.def.type;
      const optin = _catchall.optin;
      const optout = _catchall.optout;
      // starts at 0, not the current length: the shape phase already ran and may have aborted
            let seen = 0;
      for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen)) break;
          seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
                if (keySet.has(key)) continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
                if (key === "__proto__") {
          if (t === "never") unrecognized.push(key);
          continue;
        }
        if (t === "never") {
          unrecognized.push(key);
          continue;
        }
        const r = _catchall.run({
          value: input[key],
          issues: []
        }, ctx);
        if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
      }
      if (unrecognized.length) payload.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input: input,
        inst: inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
      if (!proms.length) return payload;
      return Promise.all(proms).then(() => payload);
    }
    const $ZodObject =  $constructor("$ZodObject", (inst, def) => {
      // requires cast because technically $ZodObject doesn't extend
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
            const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
          const newSh = {
            ...sh
          };
          Object.defineProperty(def, "shape", {
            value: newSh
          });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", {
          get: get
        });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", zod => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, new Set);
            for (const v of field.values) propValues[key].add(v);
            // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                        if (field.optin !== void 0) propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject = util_isObject;
      const catchall = def.catchall;
      let value;
      const memo = core_globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input: input,
            inst: inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen)) break;
            seen = payload.issues.length;
          }
          if (key === "__proto__") continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({
            value: input[key],
            issues: []
          }, ctx);
          if (r instanceof Promise) proms.push(r.then(r => handlePropertyResult(r, payload, key, input, optin, optout))); else handlePropertyResult(r, payload, key, input, optin, optout);
        }
        if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    const $ZodTransform =  $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.optin = "optional";
      core_globalConfig.memoizer?.guard(inst);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
          const output = _out instanceof Promise ? _out : Promise.resolve(_out);
          return output.then(output => {
            payload.value = output;
            return payload;
          });
        }
        if (_out instanceof Promise) throw new $ZodAsyncError;
        payload.value = _out;
        return payload;
      };
    });
    function handleOptionalResult(payload, result) {
      // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
      payload.value = result.issues.length ? void 0 : result.value;
      return payload;
    }
    const $ZodOptional =  $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
            defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", zod => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([ ...values, void 0 ]) : void 0;
      });
      defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
          if (def.innerType._zod.optin !== "defaulted") return payload;
          // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
                    const result = def.innerType._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise) return result.then(result => handleOptionalResult(payload, result));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    const $ZodNullable =  $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "pattern", zod => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      });
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values ? new Set([ ...zod.def.innerType._zod.values, null ]) : void 0);
      inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null) return payload;
        return def.innerType._zod.run(payload, ctx);
      };
    });
    const $ZodDefault =  $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def);
      // inst._zod.qin = "true";
            inst._zod.optin = "defaulted";
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply defaults for undefined input
                if (payload.value === void 0) {
          payload.value = def.defaultValue;
          /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */          return payload;
        }
        // Forward direction: continue with default handling
                const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) return result.then(result => handleDefaultResult(result, def));
        return handleDefaultResult(result, def);
      };
    });
    function handleDefaultResult(payload, def) {
      if (payload.value === void 0) payload.value = def.defaultValue;
      return payload;
    }
    function handleCatchResult(payload, result, def, ctx) {
      if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
                if (result.memo) payload.memo = true;
        return payload;
      }
      // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
            payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
          issues: result.issues.map(iss => finalizeIssue(iss, ctx, config()))
        },
        input: payload.value
      });
      return payload;
    }
    const $ZodCatch =  $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", zod => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      defineLazyInternal(inst, "optout", zod => zod.def.innerType._zod.optout);
      defineLazyInternal(inst, "values", zod => zod.def.innerType._zod.values);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
        // Forward direction (decode): apply catch logic
                const result = def.innerType._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) return result.then(result => handleCatchResult(payload, result, def, ctx));
        return handleCatchResult(payload, result, def, ctx);
      };
    });
    const $ZodPipe =  $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "values", zod => zod.def.in._zod.values);
      defineLazyInternal(inst, "optin", zod => zod.def.in._zod.optin);
      defineLazyInternal(inst, "optout", zod => zod.def.out._zod.optout);
      defineLazyInternal(inst, "propValues", zod => zod.def.in._zod.propValues);
      inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          const right = def.out._zod.run(payload, ctx);
          if (right instanceof Promise) return right.then(right => handlePipeResult(right, def.in, ctx));
          return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) return left.then(left => handlePipeResult(left, def.out, ctx));
        return handlePipeResult(left, def.out, ctx);
      };
    });
    function handlePipeResult(left, next, ctx) {
      // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
      if (left.issues.some(iss => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
      }
      return next._zod.run({
        value: left.value,
        issues: left.issues
      }, ctx);
    }
    const $ZodLazy =  $constructor("$ZodLazy", (inst, def) => {
      $ZodType.init(inst, def);
      // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
            defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner) d._cachedInner = def.getter();
        return d._cachedInner;
      });
      defineLazyInternal(inst, "pattern", zod => zod.innerType?._zod?.pattern);
      defineLazyInternal(inst, "propValues", zod => zod.innerType?._zod?.propValues);
      defineLazyInternal(inst, "optin", zod => zod.innerType?._zod?.optin ?? void 0);
      defineLazyInternal(inst, "optout", zod => zod.innerType?._zod?.optout ?? void 0);
      inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
      };
    });
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
    var registries_a;
    class $ZodRegistry {
      constructor() {
        this._map = new WeakMap;
        this._idmap = new Map;
      }
      add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
        return this;
      }
      clear() {
        this._map = new WeakMap;
        this._idmap = new Map;
        return this;
      }
      remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
          const pm = {
            ...this.get(p) ?? {}
          };
          delete pm.id;
 // do not inherit id
                    const f = {
            ...pm,
            ...this._map.get(schema)
          };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    }
    // registries
        (registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = function registry() {
      return new $ZodRegistry;
    }());
    globalThis.__zod_globalRegistry;
    // CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js
    function snapshotChecks(def) {
      if (def.checks) def.checks = [ ...def.checks ];
      return def;
    }
    // @__NO_SIDE_EFFECTS__
        function _string(Class, params) {
      return new Class(snapshotChecks({
        type: "string",
        ...normalizeParams(params)
      }));
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _number(Class, params) {
      return new Class(snapshotChecks({
        type: "number",
        checks: [],
        ...normalizeParams(params)
      }));
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _int(Class, params) {
      return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _boolean(Class, params) {
      return new Class({
        type: "boolean",
        ...normalizeParams(params)
      });
    }
    // @__NO_SIDE_EFFECTS__
        // @__NO_SIDE_EFFECTS__
    function _unknown(Class) {
      return new Class({
        type: "unknown"
      });
    }
    // @__NO_SIDE_EFFECTS__
        const _messageDesc = {
      get: // CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js
      /* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
      function _getMessage() {
        const internals = this._zod;
        internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
        return internals.message;
      },
      set: function _setMessage(value) {
        this._zod.message = value;
      },
      enumerable: true,
      configurable: true
    };
    const _issuesDesc = {
      value: void 0,
      enumerable: false
    };
    /* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */    const _installedToString =  new WeakSet([ Object.prototype, Error.prototype ]);
    const initializer = (inst, def) => {
      inst.name = "$ZodError";
      // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
            _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      // Clear the shared slot; a retained `value` pins the last error's issues.
            _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", {
              value: value,
              configurable: true,
              writable: true
            });
          }
        });
      }
    };
    $constructor("$ZodError", initializer);
    const $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
    /** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */    const _parse = _Err => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: false
        } : {
          async: false
        };
        const result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) throw new $ZodAsyncError;
        if (result.issues.length) {
          const e = new (_params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const parse_parse =  _parse($ZodRealError);
    const _parseAsync = _Err => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? {
          ..._ctx,
          async: true
        } : {
          async: true
        };
        let result = schema._zod.run({
          value: value,
          issues: []
        }, ctx);
        if (result instanceof Promise) result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map(iss => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    const parse_parseAsync =  _parseAsync($ZodRealError);
    const _safeParse = _Err => (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: false
      } : {
        async: false
      };
      const result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) throw new $ZodAsyncError;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    const safeParse =  _safeParse($ZodRealError);
    // the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
        function failure(Err, issues, ctx) {
      let error;
      return {
        success: false,
        get error() {
          if (!error) {
            error = new Err(issues.map(iss => finalizeIssue(iss, ctx, config())));
            // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                        issues = void 0;
            ctx = void 0;
          }
          return error;
        },
        set error(e) {
          error = e;
          // a replacement makes the getter's branch unreachable, so the captures have to go here too
                    issues = void 0;
          ctx = void 0;
        }
      };
    }
    const _safeParseAsync = _Err => async (schema, value, _ctx) => {
      const ctx = _ctx ? {
        ..._ctx,
        async: true
      } : {
        async: true
      };
      let result = schema._zod.run({
        value: value,
        issues: []
      }, ctx);
      if (result instanceof Promise) result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : {
        success: true,
        data: result.value
      };
    };
    const safeParseAsync =  _safeParseAsync($ZodRealError);
    // registry mirrors of the compiler's sentinels, so this module never imports the compiler
        // CONCATENATED MODULE: ./node_modules/zod/v4/mini/schemas.js
    const ZodMiniType =  $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse_parse(this, data, params, {
          callee: this.parse
        });
      },
      parseAsync(data, params) {
        return parse_parseAsync(this, data, params, {
          callee: this.parseAsync
        });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [ ...def.checks ?? [], ...checks.map(ch => typeof ch === "function" ? {
            _zod: {
              check: ch,
              def: {
                check: "custom"
              },
              onattach: []
            }
          } : ch) ]
        }, {
          parent: true
        });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta) {
        reg.add(this, meta);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    const ZodMiniString =  $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_string(params) {
      return _string(ZodMiniString, params);
    }
    const ZodMiniNumber =  $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_number(params) {
      return _number(ZodMiniNumber, params);
    }
    const ZodMiniNumberFormat =  $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    function schemas_int(params) {
      return _int(ZodMiniNumberFormat, params);
    }
    const ZodMiniBoolean =  $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_boolean(params) {
      return _boolean(ZodMiniBoolean, params);
    }
    const ZodMiniUnknown =  $constructor("ZodMiniUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function unknown() {
      return _unknown(ZodMiniUnknown);
    }
    const ZodMiniArray =  $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function array(element, params) {
      return new ZodMiniArray({
        type: "array",
        element: element,
        ...normalizeParams(params)
      });
    }
    // .keyof
    // @__NO_SIDE_EFFECTS__
        const ZodMiniObject =  $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", self => self._zod.def.shape, false);
    });
    // @__NO_SIDE_EFFECTS__
        function object(shape, params) {
      const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params)
      };
      return new ZodMiniObject(def);
    }
    // strictObject
    // @__NO_SIDE_EFFECTS__
        // looseObject
    // @__NO_SIDE_EFFECTS__
    function looseObject(shape, params) {
      return new ZodMiniObject({
        type: "object",
        shape: shape,
        catchall: unknown(),
        ...normalizeParams(params)
      });
    }
    // object methods
    // @__NO_SIDE_EFFECTS__
        function schemas_extend(schema, shape) {
      return extend(schema, shape);
    }
    // @__NO_SIDE_EFFECTS__
        const ZodMiniTransform =  $constructor("ZodMiniTransform", (inst, def) => {
      $ZodTransform.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function transform(fn) {
      return new ZodMiniTransform({
        type: "transform",
        transform: fn
      });
    }
    const ZodMiniOptional =  $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function optional(innerType) {
      return new ZodMiniOptional({
        type: "optional",
        innerType: innerType
      });
    }
    const ZodMiniNullable =  $constructor("ZodMiniNullable", (inst, def) => {
      $ZodNullable.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function nullable(innerType) {
      return new ZodMiniNullable({
        type: "nullable",
        innerType: innerType
      });
    }
    // nullish
    // @__NO_SIDE_EFFECTS__
        function schemas_nullish(innerType) {
      return optional(nullable(innerType));
    }
    const ZodMiniDefault =  $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_default(innerType, defaultValue) {
      return new ZodMiniDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
          return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        }
      });
    }
    const ZodMiniCatch =  $constructor("ZodMiniCatch", (inst, def) => {
      $ZodCatch.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function schemas_catch(innerType, catchValue) {
      return new ZodMiniCatch({
        type: "catch",
        innerType: innerType,
        catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
      });
    }
    const ZodMiniPipe =  $constructor("ZodMiniPipe", (inst, def) => {
      $ZodPipe.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // @__NO_SIDE_EFFECTS__
        function pipe(in_, out) {
      return new ZodMiniPipe({
        type: "pipe",
        in: in_,
        out: out
      });
    }
    const ZodMiniLazy =  $constructor("ZodMiniLazy", (inst, def) => {
      $ZodLazy.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    // export function lazy<T extends object>(getter: () => T): T {
    //   return util.createTransparentProxy<T>(getter);
    // }
    // @__NO_SIDE_EFFECTS__
        function schemas_lazy(getter) {
      return new ZodMiniLazy({
        type: "lazy",
        getter: getter
      });
    }
    // CONCATENATED MODULE: ./src/settings/fields.ts
    const fail = (ctx, message) => {
      ctx.issues.push({
        code: "custom",
        message: message,
        input: ctx.value
      });
      return NEVER;
    };
    const input = parse => pipe(schemas_string(), transform(parse));
    // CONCATENATED MODULE: ./src/settings/pipeline-values.ts
    const VARIABLE_KEY = /^[A-Za-z0-9_]+$/;
    const INPUT_NAME = /^[A-Za-z0-9_-]+$/;
    // GitLab accepts at most 20 inputs per pipeline (doc/ci/inputs).
        /** `KEY=VALUE` lines or one JSON object of strings. */
    const variables = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return {};
      const entries = value.startsWith("{") || value.startsWith("[") ? variablesFromJson(value, ctx) : variablesFromLines(value, ctx);
      if (!entries) return NEVER;
      const result = {};
      for (const [key, val] of entries) {
        if (!VARIABLE_KEY.test(key)) return fail(ctx, `"${key}" is not a valid variable key: use letters, digits and _ only. Example: DEPLOY_ENV=staging`);
        if (key === "TRIGGER_PAYLOAD") return fail(ctx, "TRIGGER_PAYLOAD is set by GitLab itself for triggered pipelines; choose another name");
        if (Object.hasOwn(result, key)) return fail(ctx, `"${key}" is set twice; set each variable once`);
        defineEntry(result, key, val);
      }
      return result;
    });
    function variablesFromJson(text, ctx) {
      const parsed = parseJsonObject(text, ctx, '{"DEPLOY_ENV": "staging"}');
      if (!parsed) return;
      for (const [key, val] of Object.entries(parsed)) if (typeof val !== "string") {
        fail(ctx, `the value of "${key}" is ${describeJsonType(val)}; GitLab CI/CD variables are strings. Quote it: {"${key}": "${String(JSON.stringify(val))}"}`);
        return;
      }
      return Object.entries(parsed);
    }
    function variablesFromLines(text, ctx) {
      const entries = [];
      for (const [index, line] of text.split(/\r?\n/).entries()) {
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        const equals = trimmed.indexOf("=");
        if (equals <= 0) {
          fail(ctx, `line ${index + 1} has no KEY=VALUE: write one variable per line, e.g. DEPLOY_ENV=staging, or give one JSON object`);
          return;
        }
        entries.push([ trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim() ]);
      }
      return entries;
    }
    /**
 * Pipeline inputs keep JSON types: a JSON object, or `name=value` lines (see `lineValue` for how a
 * line's value is typed). Nothing is ever rounded or turned into null on the way to GitLab.
 */    const inputs = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return {};
      let entries;
      if (value.startsWith("{") || value.startsWith("[")) {
        const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}');
        if (!parsed) return NEVER;
        const inexact = inexactNumberIn(value);
        if (inexact !== void 0) return fail(ctx, inexactMessage(inexact));
        entries = Object.entries(parsed);
      } else {
        entries = [];
        for (const [index, line] of value.split(/\r?\n/).entries()) {
          const trimmed = line.trim();
          if (trimmed === "" || trimmed.startsWith("#")) continue;
          const equals = trimmed.indexOf("=");
          if (equals <= 0) return fail(ctx, `line ${index + 1} has no name=value: write one input per line, e.g. replicas=3, or give one JSON object`);
          const name = trimmed.slice(0, equals).trim();
          const typed = lineValue(trimmed.slice(equals + 1).trim());
          if ("inexact" in typed) return fail(ctx, `${name}: ${inexactMessage(typed.inexact)}`);
          entries.push([ name, typed.value ]);
        }
      }
      const result = {};
      for (const [name, val] of entries) {
        if (!INPUT_NAME.test(name)) return fail(ctx, `"${name}" is not a valid input name: use letters, digits, _ and - only. Example: environment=staging`);
        if (Object.hasOwn(result, name)) return fail(ctx, `"${name}" is set twice; set each input once`);
        if (!(typeof val === "string" || typeof val === "number" || typeof val === "boolean" || Array.isArray(val))) return fail(ctx, `the value of "${name}" is ${describeJsonType(val)}; pipeline inputs are strings, numbers, booleans or arrays`);
        defineEntry(result, name, val);
      }
      if (Object.keys(result).length > 20) return fail(ctx, `has ${Object.keys(result).length} inputs; GitLab accepts at most 20 per pipeline`);
      return result;
    });
    /**
 * The value of a `name=value` line, typed only where the text says so exactly:
 * - a number only when the text is that number's own spelling (`3`, `2.5`, `-1`): `007`, `1e3`,
 *   `41e50312` (a short SHA), `2.50` and `12345678901234567890` stay the strings given;
 * - `true` and `false` are booleans;
 * - `[...]`, `{...}`, `"..."` and `null` are read as JSON (numbers in them must be exact, as in
 *   the JSON form); `"3"` is how to pass text that looks like a number; objects and null are then
 *   refused, as in the JSON form;
 * - anything else is the string given.
 */    function lineValue(text) {
      if (CANONICAL_NUMBER.test(text) && String(Number(text)) === text) return {
        value: Number(text)
      };
      if (text === "true" || text === "false") return {
        value: text === "true"
      };
      if (text === "null" || /^\[[\s\S]*\]$|^\{[\s\S]*\}$|^"[\s\S]*"$/.test(text)) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          return {
            value: text
          };
        }
        const inexact = inexactNumberIn(text);
        return inexact === void 0 ? {
          value: parsed
        } : {
          inexact: inexact
        };
      }
      return {
        value: text
      };
    }
    const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
    /**
 * The first number literal in JSON text that a JavaScript number cannot carry exactly: an integer
 * beyond 2^53 (it would be rounded) or a value too large for a double (it would become null).
 */    function inexactNumberIn(json) {
      for (const [literal] of json.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
        if (literal.startsWith('"')) continue;
        const number = Number(literal);
        if (!Number.isFinite(number)) return literal;
        if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(number)) return literal;
      }
      return;
    }
    function inexactMessage(literal) {
      const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal;
      return `the number ${shown} cannot be sent exactly (integers beyond 2^53 would be rounded, values beyond about 1.8e308 lost); quote it to send it as a string, e.g. "${shown}"`;
    }
    /** Sets an own property, even for names like __proto__ that plain assignment would not. */    function defineEntry(target, key, value) {
      Object.defineProperty(target, key, {
        value: value,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    function parseJsonObject(text, ctx, example) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        fail(ctx, `is not valid JSON (${error.message}). Example: ${example}`);
        return;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        fail(ctx, `must be a JSON object, got ${describeJsonType(parsed)}. Example: ${example}`);
        return;
      }
      return parsed;
    }
    function describeJsonType(value) {
      if (value === null) return "null";
      if (Array.isArray(value)) return "an array";
      if (typeof value === "object") return "an object";
      return "a " + typeof value;
    }
    // CONCATENATED MODULE: external "node:path"
    const external_node_path_namespaceObject = require("node:path");
    // CONCATENATED MODULE: ./src/settings/job-colon-lines.ts
    function jobColonLines(text) {
      const lines = [];
      for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === "" || line.startsWith("#")) continue;
        const colon = line.lastIndexOf(":");
        lines.push({
          line: line,
          where: `line ${index + 1} ("${line}")`,
          job: (colon < 0 ? line : line.slice(0, colon)).trim(),
          rest: colon < 0 ? void 0 : line.slice(colon + 1).trim()
        });
      }
      return lines;
    }
    /**
 * Why a path or glob cannot name something inside an artifacts archive (relative to the project
 * directory, as in the job's `artifacts:paths`), or undefined.
 */    function archivePathProblem(path) {
      if (path.includes("\\")) return 'contains "\\": use "/" between directories';
      if (path.startsWith("/")) return "is absolute";
      if (/^[A-Za-z]:/.test(path)) return "starts with a drive letter";
      if (path.split("/").includes("..")) return 'contains ".."';
      return;
    }
    /** A line of `artifacts` (or one `--artifacts` flag) that cannot be read. */    class ArtifactsLineError extends Error {
      constructor(message) {
        super(message);
        this.name = "ArtifactsLineError";
      }
    }
    const ARTIFACTS_EXAMPLE = "e.g. build, or build:dist/** for the files under dist/";
    /**
 * Reads `JOB` or `JOB:GLOB` lines; blank lines and lines starting with `#` are skipped. A line is
 * split at its last `:`; a job whose name contains `:` is named whole with a trailing `:`
 * (`build:linux:`), or resolved against the pipeline's job names by resolveArtifactsRequest.
 */    function parseArtifacts(text) {
      const requests = [];
      const seen = new Set;
      for (const {where: where, line: line, job: job, rest: rest} of jobColonLines(text)) {
        const glob = rest ?? "";
        if (job === "") throw new ArtifactsLineError(`${where} names no job: ${ARTIFACTS_EXAMPLE}`);
        const problem = glob === "" ? void 0 : archivePathProblem(glob);
        if (problem) throw new ArtifactsLineError(`${where}: the glob ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${ARTIFACTS_EXAMPLE}`);
        if (seen.has(line)) throw new ArtifactsLineError(`${where} repeats an earlier line`);
        seen.add(line);
        requests.push({
          line: line,
          job: job,
          glob: glob === "" ? void 0 : glob
        });
      }
      return requests;
    }
    /**
 * `build:linux` is the job `build` with the glob `linux`, unless the pipeline has a job named
 * `build:linux`: then it is that job's whole archive.
 */    function resolveArtifactsRequest(request, jobNames) {
      if (request.glob !== void 0 && jobNames.has(request.line)) return {
        line: request.line,
        job: request.line,
        glob: void 0
      };
      return request;
    }
    /** A line of `outputs-from` (or one `--outputs-from` flag) that is not `JOB:PATH`. */    class OutputsFromLineError extends Error {
      constructor(message) {
        super(message);
        this.name = "OutputsFromLineError";
      }
    }
    const OUTPUTS_FROM_EXAMPLE = "e.g. deploy:deploy.env or build:dist/outputs.json";
    /** Reads `JOB:PATH` lines (jobColonLines above); a path containing `:` cannot be named. */    function parseOutputsFrom(text) {
      const requests = [];
      const seen = new Set;
      for (const {where: where, job: job, rest: path} of jobColonLines(text)) {
        if (path === void 0) throw new OutputsFromLineError(`${where} has no ":": write JOB:PATH, the job's name and the file's path in its artifacts, ${OUTPUTS_FROM_EXAMPLE}`);
        if (job === "") throw new OutputsFromLineError(`${where} names no job before ":": ${OUTPUTS_FROM_EXAMPLE}`);
        if (path === "") throw new OutputsFromLineError(`${where} names no file after ":": ${OUTPUTS_FROM_EXAMPLE}`);
        const problem = artifactPathProblem(path);
        if (problem) throw new OutputsFromLineError(`${where}: the path ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${OUTPUTS_FROM_EXAMPLE}`);
        const key = `${job}\0${path}`;
        if (seen.has(key)) throw new OutputsFromLineError(`${where} repeats an earlier line; name each file once`);
        seen.add(key);
        requests.push({
          job: job,
          path: path
        });
      }
      return requests;
    }
    /** Why a path cannot name a file inside an artifacts archive, or undefined. */    function artifactPathProblem(path) {
      const problem = archivePathProblem(path);
      if (problem) return problem;
      if (path.endsWith("/")) return "names a directory, not a file";
      if (path.split("/").some(segment => segment === "" || segment === ".")) return 'contains an empty or "." segment';
      // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u001f\u007f]/.test(path)) return "contains a control character";
      return;
    }
    // CONCATENATED MODULE: ./src/settings/results-inputs.ts
    // The inputs that bring results back from the pipeline and take control of it: outputs-from,
    // artifacts, artifacts-dir, pipeline-id, play-manual, on-rerun (docs/contract.md, section 1).
    const RESULTS_INPUT_DEFAULTS = {
      "outputs-from": "",
      artifacts: "",
      "artifacts-dir": "gitlab-artifacts",
      "pipeline-id": "",
      "play-manual": "",
      "on-rerun": "reuse"
    };
    const outputsFrom = input((text, ctx) => {
      try {
        return parseOutputsFrom(text);
      } catch (error) {
        if (error instanceof OutputsFromLineError) return fail(ctx, error.message);
        throw error;
      }
    });
    const artifacts = input((text, ctx) => {
      try {
        return parseArtifacts(text);
      } catch (error) {
        if (error instanceof ArtifactsLineError) return fail(ctx, error.message);
        throw error;
      }
    });
    const artifactsDir = input((text, ctx) => {
      const value = text.trim() || RESULTS_INPUT_DEFAULTS["artifacts-dir"];
      if (external_node_path_namespaceObject.isAbsolute(value) || /^[A-Za-z]:/.test(value)) return fail(ctx, `"${value}" is absolute; give a directory relative to the workspace, e.g. gitlab-artifacts`);
      if (value.split(/[\\/]/).includes("..")) return fail(ctx, `"${value}" contains ".."; give a directory inside the workspace, e.g. gitlab-artifacts`);
      return value;
    });
    const pipelineId = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return;
      if (!/^[1-9]\d{0,15}$/.test(value)) return fail(ctx, `"${value}" is not a pipeline id: give the numeric id from the pipeline's URL (…/-/pipelines/1234), e.g. 1234`);
      return Number(value);
    });
    const playManual = input((text, ctx) => {
      const names = text.split(/[,\n]/).map(name => name.trim()).filter(Boolean);
      if (names.includes("*") && names.length > 1) return fail(ctx, '"*" plays every blocking manual job: give it alone, or list names, e.g. deploy-prod');
      return [ ...new Set(names) ];
    });
    const onRerun = input((text, ctx) => {
      const value = (text.trim() || RESULTS_INPUT_DEFAULTS["on-rerun"]).toLowerCase();
      if (value === "reuse" || value === "new") return value;
      return fail(ctx, `must be reuse or new, got "${value}"`);
    });
    // CONCATENATED MODULE: ./src/settings/settings.ts
    /** Every setting, named as the action input; the CLI maps its flags onto the same names. */
    const INPUT_DEFAULTS = {
      "gitlab-url": "https://gitlab.com",
      project: "",
      ref: "",
      "trigger-token": "",
      variables: "",
      inputs: "",
      wait: "false",
      "api-token": "",
      timeout: "1h",
      "poll-interval": "15s",
      "accept-statuses": "success",
      "cancel-on-timeout": "true",
      "cancel-on-abort": "true",
      "job-logs": "failed",
      summary: "true",
      ...RESULTS_INPUT_DEFAULTS,
      "follow-downstream": "true"
    };
    /** All that is wrong with the inputs, each naming its input; thrown before any request. */    class InputError extends Error {
      issues;
      constructor(issues) {
        super(issues.map(issue => `${issue.input}: ${issue.message}`).join("\n"));
        this.issues = issues;
        this.name = "InputError";
      }
    }
    const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
    // Never shows the value: it is a secret.
        const TOKEN_WITH_WHITESPACE = "contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)";
    const gitlabUrl = input((text, ctx) => {
      const value = text.trim() || INPUT_DEFAULTS["gitlab-url"];
      let url;
      try {
        url = new URL(value);
      } catch {
        return fail(ctx, `"${value}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") return fail(ctx, `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`);
      if (url.username || url.password) return fail(ctx, "must not contain credentials; pass tokens in trigger-token and api-token instead. Example: https://gitlab.example.com");
      if (url.search || url.hash) return fail(ctx, "must not contain a query string or fragment. Example: https://example.com/gitlab");
      // Users often paste the API root; the API is always <gitlab-url>/api/v4.
            const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/v4$/, "");
      return `${url.origin}${path}`;
    });
    const project = input((text, ctx) => {
      let value = text.trim();
      if (value === "") return fail(ctx, "is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)");
      if (/^\d+$/.test(value)) return value;
      if (/^https?:\/\//i.test(value)) return fail(ctx, `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`);
      // Accept a path that is already URL-encoded (group%2Fproject) so it is not encoded twice.
            if (/%2f/i.test(value)) try {
        value = decodeURIComponent(value);
      } catch {
        return fail(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`);
      }
      value = value.replace(/^\/+|\/+$/g, "");
      const segments = value.split("/");
      if (/\s/.test(value)) return fail(ctx, `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`);
      if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) return fail(ctx, `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`);
      return value;
    });
    const ref = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return fail(ctx, "is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0");
      // eslint-disable-next-line no-control-regex -- control characters are what is rejected
            if (/[\s\x00-\x1f\x7f]/.test(value)) return fail(ctx, `"${value}" contains whitespace; a branch or tag name never does. Example: main`);
      return value;
    });
    const triggerToken = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return fail(ctx, "is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. trigger-token: ${{ secrets.GITLAB_TRIGGER_TOKEN }}");
      if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE);
      if (value.startsWith("glpat-")) return fail(ctx, "is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as api-token");
      return value;
    });
    const apiToken = input((text, ctx) => {
      const value = text.trim();
      if (value === "") return;
      if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE);
      if (value.startsWith("glptt-")) return fail(ctx, "is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)");
      return value;
    });
    function booleanInput(name) {
      return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        // The YAML 1.2 core schema, as @actions/core getBooleanInput accepts.
                if ([ "true", "True", "TRUE" ].includes(value)) return true;
        if ([ "false", "False", "FALSE" ].includes(value)) return false;
        return fail(ctx, `must be true or false, got "${value}"`);
      });
    }
    function durationInput(name, minimumMs, maximumMs, example) {
      return input((text, ctx) => {
        const value = text.trim() || INPUT_DEFAULTS[name];
        const ms = parseDuration(value);
        if (ms === void 0) return fail(ctx, `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`);
        if (ms < minimumMs) return fail(ctx, `must be at least ${minimumMs / 1e3}s, got "${value}". Example: ${example}`);
        if (ms > maximumMs) return fail(ctx, `must be at most ${formatDuration(maximumMs)}, got "${value}". Example: ${example}`);
        return ms;
      });
    }
    const acceptStatuses = input((text, ctx) => {
      const names = (text.trim() || INPUT_DEFAULTS["accept-statuses"]).split(",").map(name => name.trim().toLowerCase()).filter(Boolean);
      const unknown = names.filter(name => !FINAL_STATUSES.includes(name));
      if (unknown.length > 0 || names.length === 0) {
        const hint = unknown.includes("cancelled") ? ' (GitLab spells it "canceled")' : "";
        return fail(ctx, `unknown status "${unknown.join(", ")}"${hint}. Known final statuses: ${FINAL_STATUSES.join(", ")}. Example: success,manual`);
      }
      return [ ...new Set(names) ];
    });
    const jobLogs = input((text, ctx) => {
      const value = (text.trim() || INPUT_DEFAULTS["job-logs"]).toLowerCase();
      if (value === "none" || value === "failed" || value === "all" || value === "live") return value;
      return fail(ctx, `must be none, failed, all or live, got "${value}"`);
    });
    const SCHEMAS = {
      "gitlab-url": gitlabUrl,
      project: project,
      ref: ref,
      "trigger-token": triggerToken,
      variables: variables,
      inputs: inputs,
      wait: booleanInput("wait"),
      "api-token": apiToken,
      // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
      timeout: durationInput("timeout", 1e3, 1728e6, "45s, 30m, 1h30m"),
      "poll-interval": durationInput("poll-interval", 1e3, 36e5, "10s, 1m"),
      "accept-statuses": acceptStatuses,
      "cancel-on-timeout": booleanInput("cancel-on-timeout"),
      "cancel-on-abort": booleanInput("cancel-on-abort"),
      "job-logs": jobLogs,
      summary: booleanInput("summary"),
      "outputs-from": outputsFrom,
      artifacts: artifacts,
      "artifacts-dir": artifactsDir,
      "pipeline-id": pipelineId,
      "play-manual": playManual,
      "on-rerun": onRerun,
      "follow-downstream": booleanInput("follow-downstream")
    };
    /** Validates every input at once, so one run reports every mistake; throws InputError. */    function parseSettings(raw, only = Object.keys(SCHEMAS)) {
      const issues = [];
      const parsed = {};
      for (const name of Object.keys(SCHEMAS)) {
        const checked = only.includes(name);
        const result = SCHEMAS[name].safeParse(checked ? raw[name] ?? "" : INPUT_DEFAULTS[name]);
        if (result.success) parsed[name] = result.data; else if (checked) issues.push(...result.error.issues.map(issue => ({
          input: name,
          message: issue.message
        })));
      }
      const settings = parsed;
      const attach = settings["pipeline-id"] !== void 0;
      // Following an existing pipeline triggers nothing: no trigger token, no ref, always a wait.
            if (attach) {
        settings.wait = true;
        for (let i = issues.length - 1; i >= 0; i--) if (issues[i].input === "ref" || issues[i].input === "trigger-token") issues.splice(i, 1);
      }
      issues.push(...resultsIssues(settings));
      if ((settings.wait || attach) && !settings["api-token"] && !issues.some(issue => issue.input === "api-token")) issues.push({
        input: "api-token",
        message: attach ? "is required with pipeline-id: following a pipeline reads it. Use an access token with read_api (api to cancel or play), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}" : "is required with wait: true; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}"
      });
      if (issues.length > 0) throw new InputError(issues);
      return {
        gitlabUrl: settings["gitlab-url"],
        project: settings.project,
        ref: settings.ref ?? "",
        triggerToken: settings["trigger-token"] ?? "",
        variables: settings.variables,
        inputs: settings.inputs,
        wait: settings.wait,
        apiToken: settings["api-token"],
        timeoutMs: settings.timeout,
        pollIntervalMs: settings["poll-interval"],
        acceptStatuses: settings["accept-statuses"],
        cancelOnTimeout: settings["cancel-on-timeout"],
        cancelOnAbort: settings["cancel-on-abort"],
        jobLogs: settings["job-logs"],
        summary: settings.summary,
        outputsFrom: settings["outputs-from"],
        artifacts: settings.artifacts,
        artifactsDir: settings["artifacts-dir"],
        ...attach ? {
          pipelineId: settings["pipeline-id"]
        } : {},
        playManual: settings["play-manual"],
        onRerun: settings["on-rerun"],
        followDownstream: settings["follow-downstream"]
      };
    }
    /** outputs-from, artifacts and play-manual act on a pipeline the run follows: they need a wait. */    function resultsIssues(settings) {
      if (settings.wait) return [];
      const needWait = [ "outputs-from", "artifacts", "play-manual" ].filter(name => (settings[name]?.length ?? 0) > 0);
      return needWait.map(name => ({
        input: name,
        message: "acts on the pipeline once it runs or ends, so it needs wait: true (and an api-token), or pipeline-id"
      }));
    }
    /** Seconds one GitLab request may take, for slow instances; 30 s when unset. */    
    /** An environment variable the tool reads holds something it cannot use; thrown before any request. */
    class EnvironmentError extends Error {
      variable;
      constructor(variable, message) {
        super(message);
        this.variable = variable;
        this.name = "EnvironmentError";
      }
    }
    /**
 * GITLAB_REQUEST_TIMEOUT in milliseconds, or undefined when unset or empty (the client's 30 s).
 * A value that is not a positive number of seconds is an error, not a silent 30 s.
 */    function requestTimeoutFrom(env) {
      const text = env["GITLAB_REQUEST_TIMEOUT"]?.trim();
      if (!text) return;
      const seconds = Number(text);
      if (!Number.isFinite(seconds) || seconds <= 0) throw new EnvironmentError("GITLAB_REQUEST_TIMEOUT", `GITLAB_REQUEST_TIMEOUT is "${text}", which is not a positive number of seconds; set e.g. GITLAB_REQUEST_TIMEOUT=60, or leave it unset for 30 s`);
      return seconds * 1e3;
    }
    // CONCATENATED MODULE: ./src/cli/flag-names.ts
    // The run and settings.ts word their messages for the action (`api-token`, `accept-statuses`);
    // at a terminal the same settings are flags.
    const INPUT_NAMES = /(?<![-\w])(gitlab-url|trigger-token|api-token|poll-interval|accept-statuses|cancel-on-timeout|cancel-on-abort|job-logs|outputs-from|artifacts-dir|pipeline-id|play-manual|follow-downstream)(?![-\w])/g;
    /** `api-token` -> `--api-token`, for every action input name that is also a flag. */    function inFlagNames(text) {
      return text.replace(INPUT_NAMES, "--$1");
    }
    /** The CLI's log, with the run's messages in flag names. */    function withFlagNames(log) {
      return {
        info: line => log.info(inFlagNames(line)),
        debug: line => log.debug(inFlagNames(line)),
        notice: (message, title) => log.notice(inFlagNames(message), title),
        warning: (message, title) => log.warning(inFlagNames(message), title),
        error: (message, title) => log.error(inFlagNames(message), title),
        group: (title, text) => log.group(title, text),
        // GitLab's log lines are passed as they are.
        ...log.live ? {
          live: lines => log.live?.(lines)
        } : {}
      };
    }
    // CONCATENATED MODULE: ./src/cli/flags.ts
    /** Bad usage or input: printed as `error:` lines plus a usage line, exit 2, nothing sent. */
    class UsageError extends Error {
      problems;
      usage;
      constructor(problems, 
      /** A one-line reminder of the right form, e.g. `usage: … --project P --ref R`. */
      usage) {
        super(problems.join("\n"));
        this.problems = problems;
        this.usage = usage;
        this.name = "UsageError";
      }
    }
    /**
 * util.parseArgs in its lenient mode, checked here so every message names the flag and shows a
 * good value (strict mode's own errors do neither), and all problems are reported at once.
 * `--help` wins over any other problem.
 */    function readFlags(argv, flags, usage, maxPositionals = 0) {
      const options = {};
      for (const [name, spec] of Object.entries(flags)) {
        options[name] = {
          type: spec.type,
          ...spec.short ? {
            short: spec.short
          } : {}
        };
        if (spec.negatable) options[`no-${name}`] = {
          type: "boolean"
        };
      }
      const {tokens: tokens} = (0, external_node_util_.parseArgs)({
        args: [ ...argv ],
        options: options,
        strict: false,
        allowPositionals: true,
        tokens: true
      });
      const values = {};
      const positionals = [];
      const problems = [];
      // The argument right after an unknown option is taken as its value: never echoed (it may be a
      // token given to a misspelt --api-token), never reported again as an unexpected argument.
            let valueOfUnknown = -1;
      for (const token of tokens) {
        if (token.kind === "option-terminator") continue;
        if (token.kind === "positional") {
          if (token.index === valueOfUnknown) continue;
          if (positionals.length < maxPositionals) positionals.push(token.value); else problems.push(`unexpected argument "${token.value}"`);
          continue;
        }
        const negated = token.name.startsWith("no-") && flags[token.name.slice(3)]?.negatable === true;
        const name = negated ? token.name.slice(3) : token.name;
        const spec = Object.hasOwn(flags, name) ? flags[name] : void 0;
        const example = spec?.example ? `, e.g. --${name} ${spec.example}` : "";
        if (!spec) {
          if (!token.inlineValue) valueOfUnknown = token.index + 1;
          const rawName = token.rawName.startsWith("--") ? token.rawName : token.rawName.slice(0, 2);
          const guess = closestFlag(token.name, flags);
          problems.push(`unknown option ${rawName}${guess ? `; did you mean --${guess}?` : ""}`);
        } else if (spec.type === "boolean") if (token.inlineValue) problems.push(`${token.rawName} takes no value; leave out the "=…"`); else values[name] = !negated; else if (token.value === void 0) problems.push(`${token.rawName} needs a value${example}`); else if (!token.inlineValue && token.value.startsWith("-") && token.value !== "-") 
        // Lenient parseArgs takes `--project --ref` as project "--ref"; almost always a forgotten value.
        problems.push(`${token.rawName} needs a value but is followed by the option ${token.value}${example}. For a value that starts with "-", write --${name}=VALUE`); else if (spec.multiple) values[name] = [ ...values[name] ?? [], token.value ]; else values[name] = token.value;
      }
      if (values.help) return {
        values: values,
        positionals: positionals
      };
      if (problems.length > 0) throw new UsageError(problems, usage);
      return {
        values: values,
        positionals: positionals
      };
    }
    /** The known flag a misspelt one most likely meant: at most 2 edits away, or its start. */    function closestFlag(name, flags) {
      let best;
      for (const flag of Object.keys(flags)) {
        const distance = editDistance(name.toLowerCase(), flag);
        if (distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) && distance < (best?.distance ?? 3)) best = {
          flag: flag,
          distance: distance
        };
      }
      if (best) return best.flag;
      const starts = Object.keys(flags).filter(flag => name.length >= 3 && flag.startsWith(name));
      return starts.length === 1 ? starts[0] : void 0;
    }
    /** Edits (insert, delete, replace, swap two neighbours) from a to b: `rfe` is one from `ref`. */    function editDistance(a, b) {
      const d = Array.from({
        length: a.length + 1
      }, (_, i) => Array.from({
        length: b.length + 1
      }, (_, j) => i === 0 ? j : j === 0 ? i : 0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
      return d[a.length][b.length];
    }
    // ---------------------------------------------------------------------------------------------
    // Flags shared with `tokens`, and where each setting came from (to name it in messages).
        const API_TOKEN_ENV = "GITLAB_API_TOKEN";
    const CONNECTION_FLAGS = {
      "gitlab-url": {
        type: "string",
        example: "https://gitlab.example.com"
      },
      project: {
        type: "string",
        example: "my-group/my-project"
      },
      "api-token": {
        type: "string"
      },
      json: {
        type: "boolean"
      },
      help: {
        type: "boolean",
        short: "h"
      }
    };
    const optionalString = value => typeof value === "string" ? value : void 0;
    /** gitlab-url, project and api-token from flags and environment: what every command needs. */    function connectionInputs(values, env) {
      const url = optionalString(values["gitlab-url"]);
      const inputs = {
        raw: {
          "gitlab-url": url ?? env["GITLAB_URL"] ?? "",
          project: optionalString(values.project) ?? ""
        },
        labels: {
          "gitlab-url": url === void 0 && env["GITLAB_URL"] ? "GITLAB_URL" : "--gitlab-url",
          project: "--project"
        },
        warnings: [],
        problems: []
      };
      tokenInput(inputs, values, env, "api-token", API_TOKEN_ENV);
      return inputs;
    }
    function tokenInput(inputs, values, env, name, envName) {
      const flag = optionalString(values[name]);
      if (flag === void 0) {
        inputs.raw[name] = env[envName] ?? "";
        inputs.labels[name] = envName;
        return;
      }
      inputs.raw[name] = flag;
      inputs.labels[name] = `--${name}`;
      inputs.warnings.push(`--${name} puts the token on the command line, where other users and processes on this machine can read it (ps, /proc); set ${envName} instead`);
    }
    /**
 * Validates with the action's own rules (settings.ts), so both front ends accept and refuse the
 * same values; each problem is worded with the flag or variable the user actually set.
 */    function settingsFrom(inputs, usage, only) {
      let issues = [];
      try {
        const settings = parseSettings(inputs.raw, only);
        if (inputs.problems.length === 0) return settings;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs));
      }
      throw new UsageError([ ...inputs.problems, ...issues ], usage);
    }
    function cliIssue(input, message, inputs) {
      // settings.ts words these two for a workflow file (secrets, `with:`); here the fix is an env var.
      const label = inputs.labels[input] ?? `--${input}`;
      const missing = label.startsWith("--") ? "is empty" : "is not set";
      if (input === "trigger-token" && !inputs.raw["trigger-token"]?.trim()) return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. export GITLAB_TRIGGER_TOKEN=glptt-…`;
      if (input === "api-token" && !inputs.raw["api-token"]?.trim()) {
        const needs = inputs.raw["pipeline-id"]?.trim() ? "--pipeline-id" : "--wait";
        return `${label} ${missing}, and ${needs} needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. export ${API_TOKEN_ENV}=glpat-…`;
      }
      return `${label} ${inFlagNames(message)}`;
    }
    // ---------------------------------------------------------------------------------------------
    // The main command: trigger (and follow) a pipeline.
    /** GITLAB_REQUEST_TIMEOUT for a command; a bad value is bad usage (exit 2), named as the variable. */    function requestTimeoutOrUsageError(env, usage) {
      try {
        return requestTimeoutFrom(env);
      } catch (error) {
        if (error instanceof EnvironmentError) throw new UsageError([ error.message ], usage);
        throw error;
      }
    }
    // CONCATENATED MODULE: ./src/text/far-side.ts
    /**
 * Text from the far side (GitLab, the proxies in front of it) on its way into the runner's log, a
 * terminal or the job summary. Job and stage names, refs, failure reasons, error bodies and job
 * logs are written by whoever can push a `.gitlab-ci.yml` or run a proxy; here they lose any
 * power to act.
 *
 * The runner (actions/runner, OutputManager.cs and ActionCommand.cs) reads each line of a step's
 * output, split at `\n`, `\r` or `\r\n`, and runs:
 * - `::name props::data` when the line, after leading white space, starts with `::`;
 * - the legacy `##[name props]data` anywhere in the line;
 * - after `::stop-commands::TOKEN`, nothing until `::TOKEN::` (or `##[TOKEN]`).
 * It finds `::` and `##[` with .NET's culture-sensitive `IndexOf`/`StartsWith`, which under ICU
 * skips characters that weigh nothing in collation (zero-width spaces, joiners, soft hyphens,
 * most controls), so `:\u200B:` counts as `::`. The breaks below are therefore a plain space,
 * which always weighs something, and the patterns allow those characters in between.
 */
    // Characters ICU collation may ignore: controls, format characters (U+200B, U+2060, U+00AD,
    // U+FEFF, bidi marks) and combining marks (U+034F, variation selectors). Over-matching only
    // inserts one more space.
    const WEIGHTLESS = String.raw`[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`;
    // What the runner's TrimStart() drops (Unicode White_Space), plus the weightless ones.
        const LEADING = String.raw`[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*`;
    const LINE_BREAK = /\r\n|\r|\n/;
    /** `::` at the start of a line, as the runner finds it. */    const COMMAND_AT_START = new RegExp(String.raw`^(${LEADING}:${WEIGHTLESS}*)(:)`, "u");
    /** `##[` anywhere, as the runner finds it. */    const LEGACY_COMMAND = new RegExp(String.raw`(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, "gu");
    /** What replaces a line break in text meant to stay on one line. */    
    /** The lines the runner would see in `text`. */
    function runnerLines(text) {
      return text.split(LINE_BREAK);
    }
    /**
 * One line that runs no workflow command: a space breaks a leading `::` (`: :`) and every `##[`
 * (`## [`). Everything else is kept, so the text still reads as GitLab wrote it.
 */    function inertLine(line) {
      return line.replace(COMMAND_AT_START, "$1 $2").replace(LEGACY_COMMAND, "$1 $2");
    }
    /** Text meant to stay on one line: line breaks become a visible mark, then made inert. */    function inertOneLine(text) {
      return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, "").replace(/\r\n|\r|\n/g, " ⏎ "));
    }
    /** Text of several lines (a job log, a long message): each line made inert, breaks as `\n`. */    function inertText(text) {
      return runnerLines(text).map(inertLine).join("\n");
    }
    // One pass over: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI sequences (ESC [ or U+009B,
    // parameters, intermediates, final byte: SGR colour ends in `m`), other escapes, and lone C0/C1
    // controls but tab and line feed. One pass, so removing one sequence cannot form another.
        const TERMINAL_CONTROL = new RegExp([ String.raw`(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`, String.raw`(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`, String.raw`\x1b[ -/]*[0-~]`, String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]` ].join("|"), "g");
    /**
 * Text for a terminal that cannot move the cursor, retitle the window, write hyperlinks or the
 * clipboard, or ring the bell: escape sequences are dropped (SGR colour kept when `keepColour`),
 * other controls become `\uFFFD`. Tabs and line feeds stay; `\r` should already be a line break.
 */    function withoutTerminalControls(text, keepColour = false) {
      return text.replace(TERMINAL_CONTROL, (match, params, intermediates, final) => {
        if (final !== void 0) {
          const colour = final === "m" && intermediates === "" && /^[0-9;:]*$/.test(params ?? "");
          return keepColour && colour ? `[${params}m` : "";
        }
        return match.length === 1 ? "�" : "";
      });
    }
    /**
 * JSON text (already valid) that the runner cannot take for a command and a terminal shows as it
 * is: controls and format characters, which JSON.stringify leaves raw when they are not C0, become
 * `\uXXXX` escapes, and the `[` of any `##[` becomes `\u005b`. Both can only occur inside
 * strings, so the parsed value is unchanged. (A JSON line starts with `{` or `[`, never `::`.)
 */    function inertJson(json) {
      return json.replace(LEGACY_COMMAND, (_match, opening) => `${opening}\\u005b`).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char => /[\t\n\r]/.test(char) ? char : unicodeEscape(char));
    }
    /** `\uXXXX` for each UTF-16 unit, so characters beyond U+FFFF become their surrogate pair. */    function unicodeEscape(char) {
      return char.split("").map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    }
    /** Whether the CLI colours its output: FORCE_COLOR wins, then NO_COLOR, then a terminal on stderr. */    function colourWanted(env, isTerminal) {
      const force = env.FORCE_COLOR;
      if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
      if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
      if (env.TERM === "dumb") return false;
      return isTerminal;
    }
    // The longest far-side text one summary cell shows: GitLab's own limit for job names is 255.
        // CONCATENATED MODULE: ./src/cli/reporter.ts
    const processStreams = {
      stdout: text => process.stdout.write(text),
      stderr: text => process.stderr.write(text),
      stderrIsTerminal: process.stderr.isTTY === true
    };
    /**
 * Plain lines on stderr for people and CI logs (no `::` workflow commands: Jenkins or a shell
 * would print them verbatim). stdout is kept for results, so `$(…)` and `| jq` get only those.
 *
 * Everything printed passes through text/far-side.ts: the CLI may itself run in a GitHub Actions
 * step, where the runner reads its stderr and stdout for workflow commands, and on a terminal
 * GitLab's text must not move the cursor or retitle the window. Job logs keep their colour only
 * when colour is on (a terminal, or FORCE_COLOR; never with NO_COLOR unless forced).
 */    class CliReporter {
      options;
      streams;
      secrets=[];
      colour;
      constructor(options = {}, streams = processStreams) {
        this.options = options;
        this.streams = streams;
        this.colour = options.colour ?? colourWanted(process.env, streams.stderrIsTerminal === true);
      }
      /** Hides a secret in everything printed afterwards. */      mask(secret) {
        if (!secret || this.secrets.includes(secret)) return;
        // Longest first, so a secret that contains another is hidden whole.
                this.secrets = [ ...this.secrets, secret ].sort((a, b) => b.length - a.length);
      }
      // One line each, as in the action: a job name with a line break in it cannot forge a line.
      info(line) {
        this.streams.stderr(`${this.oneLine(line)}\n`);
      }
      debug(line) {
        if (this.options.showDebug) this.message("debug: ", line);
      }
      // Titles are annotation headings in the action; on a terminal the message says it all.
      notice(message) {
        this.streams.stderr(`${this.oneLine(message)}\n`);
      }
      warning(message) {
        this.message("warning: ", message);
      }
      error(message) {
        this.message("error: ", message);
      }
      /** Live log lines as plain lines: a job's group as a header line and its lines indented. */      live(lines) {
        const out = [];
        for (const line of lines) if (line.kind === "open-group") out.push(this.oneLine(`--- ${line.title}`)); else if (line.kind === "text") out.push(`    ${withoutTerminalControls(inertOneLine(this.redact(line.text)), this.colour)}`);
        // A line that changed colour must not colour what follows.
                if (this.colour && out.some(line => line.includes("["))) out.push("[0m");
        if (out.length > 0) this.streams.stderr(`${out.join("\n")}\n`);
      }
      /** A header line, then the text indented, so a job log stands apart from our own lines. */      group(title, text) {
        const body = withoutTerminalControls(inertText(this.redact(text)), this.colour).split("\n").map(line => line ? `    ${line}` : "");
        // A log that changed colour and never reset it must not colour what follows.
                const reset = this.colour && body.some(line => line.includes("[")) ? [ "[0m" ] : [];
        this.streams.stderr(`${[ this.oneLine(`--- ${title}`), ...body, ...reset ].join("\n")}\n`);
      }
      /**
     * The command's result on stdout: JSON kept exact for `| jq` (only escapes added, see
     * inertJson), other text made inert and free of terminal controls like stderr.
     */      result(text) {
        const redacted = this.redact(text);
        const shown = isJson(redacted) ? inertJson(redacted) : withoutTerminalControls(inertText(redacted));
        this.streams.stdout(`${shown}\n`);
      }
      /** A message that may span lines: each made inert, the later ones indented under the first. */      message(prefix, text) {
        const lines = withoutTerminalControls(inertText(this.redact(text))).split("\n");
        const indent = " ".repeat(prefix.length);
        this.streams.stderr(`${prefix}${lines.join(`\n${indent}`)}\n`);
      }
      oneLine(text) {
        return withoutTerminalControls(inertOneLine(this.redact(text)));
      }
      // A second line of defence: the core never prints a token, but a GitLab message might echo one.
      redact(text) {
        return this.secrets.reduce((masked, secret) => masked.split(secret).join("***"), text);
      }
    }
    function isJson(text) {
      if (!/^[[{]/.test(text)) return false;
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }
    // CONCATENATED MODULE: ./src/gitlab/token-prefixes.ts
    /**
 * The prefixes of GitLab's own tokens, each followed by `-` in a token (GitLab docs, "Token
 * prefixes": personal, pipeline trigger, OAuth application secret, deploy, runner, CI/CD job,
 * feed, incoming mail, agent, workspace, SCIM, feature flags client), and the legacy runner
 * registration token's prefix, which has no `-`. Both the CLI's masking and the outputs-from
 * masking find tokens by them.
 */
    const GITLAB_TOKEN_PREFIXES = [ "glpat", "glptt", "gloas", "gldt", "glrtr", "glrt", "glcbt", "glft", "glimt", "glagent", "glwt", "glsoat", "glffct" ];
    const LEGACY_RUNNER_TOKEN_PREFIX = "GR1348941";
    // CONCATENATED MODULE: ./src/cli/secrets.ts
    // What to hide from everything the CLI prints, found before its arguments are parsed: usage
    // errors quote arguments, and an argument may be a token given to a misspelt flag.
    /**
 * GitLab's token prefixes, after an optional instance prefix (`acme-glpat-…`), and the legacy
 * runner registration prefix.
 */
    const TOKEN_LIKE = new RegExp(String.raw`\b(?:${GITLAB_TOKEN_PREFIXES.join("|")})-[A-Za-z0-9_.-]+|\b${LEGACY_RUNNER_TOKEN_PREFIX}[A-Za-z0-9_-]+`, "g");
    const TOKEN_ENV = [ "GITLAB_TRIGGER_TOKEN", "GITLAB_API_TOKEN" ];
    /** A flag whose value is (or may be) a token: the two token flags, and anything named like them. */    const TOKEN_FLAG = /tok|secret|pass|^(?:api|trigger)-?t/i;
    /** Every string to mask: both tokens from the environment, token-like text, values of token flags. */    function secretsToMask(argv, env) {
      const secrets = new Set;
      const add = (value, minimum = 1) => {
        for (const candidate of [ value, value?.trim() ]) if (candidate && candidate.length >= minimum) secrets.add(candidate);
      };
      for (const name of TOKEN_ENV) add(env[name]);
      for (const [index, arg] of argv.entries()) {
        for (const [match] of arg.matchAll(TOKEN_LIKE)) add(match);
        const flag = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(arg);
        if (!flag || !TOKEN_FLAG.test(flag[1])) continue;
        // Short values are no tokens, and masking them would garble every message.
                if (flag[2] !== void 0) add(flag[2], 6); else if (index + 1 < argv.length && !argv[index + 1].startsWith("-")) add(argv[index + 1], 6);
      }
      return [ ...secrets ];
    }
    const TOOL_NAME = "gitlab-trigger-and-wait";
    const USER_AGENT = `${TOOL_NAME}/1.0.0`;
    // CONCATENATED MODULE: ./src/runtime/clock.ts
    const clock_realClock = {
      now: () => Date.now(),
      sleep(ms, signal) {
        return new Promise((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          }, ms);
          const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
          };
          signal?.addEventListener("abort", onAbort, {
            once: true
          });
        });
      }
    };
    /**
 * The trigger: resent only where GitLab cannot have created a pipeline (a 429, or a connection
 * that never sent the request; docs/contract.md section 3.2), and never slept past the deadline.
 */
    const triggerPolicy = context => ({
      ...context,
      retryIf: error => error.worthResending,
      maxAttempts: 5,
      failAtDeadline: true
    });
    /** Reads while following a pipeline: transient failures are retried until the deadline. */    const readPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 1 / 0
    });
    /** A cancel (main or post step): transient failures retried, but never past its time limit. */    const cancelPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 1 / 0,
      failAtDeadline: true
    });
    /** Job logs and pre-flight checks: a few quick tries, then the run goes on without them. */    const quickReadPolicy = context => ({
      ...context,
      retryIf: error => error.transient,
      maxAttempts: 3
    });
    /** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */    function backoffDelay(attempt, random = Math.random) {
      const ceiling = Math.min(3e4, 1e3 * 2 ** attempt);
      return Math.round(ceiling / 2 + random() * ceiling / 2);
    }
    /** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */    async function withRetries(attempt, options) {
      const clock = options.clock ?? clock_realClock;
      for (let tries = 1; ;tries++) {
        if (options.signal?.aborted) throw options.signal.reason;
        try {
          return await attempt();
        } catch (error) {
          const failure = error;
          if (options.signal?.aborted) throw error;
          if (tries >= options.maxAttempts || !isGitLabError(failure) || !options.retryIf(failure)) throw error;
          // Retry-After is GitLab telling us when; otherwise back off.
                    const delayMs = failure.retryAfterMs ?? backoffDelay(tries - 1);
          if (options.deadline !== void 0 && clock.now() + delayMs >= options.deadline) {
            if (options.failAtDeadline) throw error;
            // No time for another try: use what is left, so the caller's time limit is what ends it.
                        await clock.sleep(Math.max(0, options.deadline - clock.now()), options.signal);
            throw error;
          }
          options.onRetry?.(failure, delayMs, tries);
          await clock.sleep(delayMs, options.signal);
        }
      }
    }
    function isGitLabError(error) {
      return error instanceof Error && error.name === "GitLabError";
    }
    /** A pause on the real clock that ends early (rejecting) when the signal aborts. */    // CONCATENATED MODULE: ./src/gitlab/errors.ts
    /** The one error type of the GitLab client: callers decide by `kind` and `status`, never by text. */
    class GitLabError extends Error {
      kind;
      request;
      gitlabMessage;
      hint;
      status;
      retryAfterMs;
      code;
      constructor(options) {
        const {status: status, gitlabMessage: gitlabMessage, hint: hint = ""} = options;
        const answer = status === void 0 ? gitlabMessage : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ""}`;
        super(hint ? `${answer}${/[.!?]$/.test(answer) ? "" : "."} ${hint}` : answer);
        this.name = "GitLabError";
        this.kind = options.kind;
        this.request = options.request;
        this.gitlabMessage = gitlabMessage;
        this.hint = hint;
        this.status = status;
        this.retryAfterMs = options.retryAfterMs;
        this.code = options.code;
      }
      /** The same failure with some of its parts replaced (a better hint, say). */      with(changes) {
        const {kind: kind, request: request, gitlabMessage: gitlabMessage, hint: hint, status: status, retryAfterMs: retryAfterMs, code: code} = this;
        return new GitLabError({
          kind: kind,
          request: request,
          gitlabMessage: gitlabMessage,
          hint: hint,
          status: status,
          retryAfterMs: retryAfterMs,
          code: code,
          ...changes
        });
      }
      /** True when GitLab cannot have acted on the request: safe to send again even for a POST. */      get neverSent() {
        return this.kind === "unreachable" || this.status === 429;
      }
      /**
     * Worth sending the trigger again (docs/contract.md section 3.2): a 429, or a connection refused or a
     * name lookup that failed for now; an unknown host (ENOTFOUND) is a typo, not a passing fault.
     */      get worthResending() {
        return this.status === 429 || this.kind === "unreachable" && (this.code === "ECONNREFUSED" || this.code === "EAI_AGAIN");
      }
      /** Worth another try while waiting: rate limits, server errors and broken connections. */      get transient() {
        if (this.kind === "http") return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500;
        return this.kind !== "unexpected";
      }
    }
    // CONCATENATED MODULE: ./src/gitlab/hints.ts
    /** What to do about a GitLab refusal, in the user's terms (docs/contract.md section 3.7). */
    function hintFor({operation: operation, status: status, message: message, ref: ref}) {
      if (operation === "trigger") return triggerHint(status, message, ref);
      if (status === 401 && operation === "tokens") return "The API token (GITLAB_API_TOKEN) is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope";
      if (status === 401) return "The API token (api-token) is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)";
      if (status === 403) {
        if (operation === "cancel") return "The API token (api-token) cannot cancel pipelines: it needs the api scope and at least the Developer role";
        if (operation === "play" || operation === "retry") return `The API token (api-token) cannot ${operation === "play" ? "play manual jobs" : "retry pipelines"}: it needs the api scope and a role allowed to run the job (Developer, or what a protected branch or environment asks)`;
        if (operation === "tokens") return "Managing trigger tokens needs an access token with the api scope and the Maintainer role";
        return "The API token (api-token) lacks permission: it needs the read_api scope and at least the Reporter role in the project";
      }
      if (status === 404 && operation === "tokens") return "No such project or trigger token, or the API token cannot see the project: check the project and the token id";
      if (status === 404) return "The API token (api-token) cannot see this project or pipeline: check the project path or id and that the token belongs to a member of the project";
      if (status === 429) return "GitLab is rate limiting these requests; try again later";
      if (status >= 500) return "GitLab had an internal error; try again later";
      return "";
    }
    function triggerHint(status, message, ref = "the ref") {
      if (status === 404) return "The trigger token is wrong or revoked, the project does not exist, or the token belongs to another project. A personal access token cannot be used as trigger-token: create a pipeline trigger token in Settings > CI/CD > Pipeline trigger tokens";
      if (/Reference not found/i.test(message)) return `The ref "${ref}" does not exist in the project: push it or pick an existing branch or tag`;
      if (/filtered out by workflow rules|rules configuration prevented any jobs/i.test(message)) return 'workflow:rules or the jobs\' rules exclude pipelines whose CI_PIPELINE_SOURCE is "trigger": add a rule such as `- if: $CI_PIPELINE_SOURCE == "trigger"`';
      if (/Insufficient permissions to set pipeline variables/i.test(message)) return "The project's \"Minimum role to use pipeline variables\" setting forbids variables for the trigger token's owner: pass inputs instead (spec:inputs), or change that setting in Settings > CI/CD > Variables";
      if (/Too many pipelines created/i.test(message)) return "GitLab's limit on pipelines created per minute for this project was reached (a 400, not a 429): wait a minute and run again";
      if (status === 422) 
      // Any pipeline persisted with a failure reason, not only a configuration error (docs/gitlab.md 10).
      return "GitLab created the pipeline as failed; its text says why: an error in the CI/CD configuration (the project's configuration file, an include, or the inputs it declares), or a limit such as the pipeline size or the number of active jobs";
      if (status === 403) return "GitLab refused the trigger (requests that look like a pipeline webhook are refused)";
      if (status === 401) return "The token was taken as a CI/CD job token that cannot be used; pass a pipeline trigger token";
      if (status === 429) return "GitLab is rate limiting requests from this address; try again later";
      if (status >= 500) return "GitLab, or a proxy in front of it, failed after the request arrived, so the pipeline may have been created anyway: look at the project's pipelines before running this again";
      if (status === 400) return "Check the ref, variables and inputs";
      return "";
    }
    // CONCATENATED MODULE: ./src/gitlab/messages.ts
    /**
 * GitLab writes errors in three JSON shapes (docs/gitlab.md section 1):
 * `{"error": "..."}` (parameter validation, OAuth, unknown routes), `{"message": "..."}` (helpers)
 * and `{"message": {"base": ["..."], "field": ["..."]}}` (pipeline creation, validation).
 * This returns the text as GitLab wrote it, for any of them, or a short description of a non-JSON body.
 */
    function gitlabMessageOf(body, contentType) {
      const text = body.trim();
      if (text === "") return "";
      if (contentType?.includes("html") || /^<(!doctype|html)/i.test(text)) {
        const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        return title ? `an HTML page "${title}"` : "an HTML page";
      }
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        return firstLine(text);
      }
      return messageOfJson(parsed) ?? firstLine(text);
    }
    function messageOfJson(value) {
      if (typeof value === "string") return value;
      if (!value || typeof value !== "object" || Array.isArray(value)) return;
      const record = value;
      if ("message" in record) return flattenMessage(record.message);
      if (typeof record.error === "string") return typeof record.error_description === "string" ? record.error_description : record.error;
      return;
    }
    function flattenMessage(message) {
      if (typeof message === "string") return message;
      if (Array.isArray(message)) return message.map(String).join("; ");
      if (message && typeof message === "object") return Object.entries(message).map(([key, value]) => {
        const texts = Array.isArray(value) ? value.map(String).join("; ") : String(value);
        return key === "base" || key === "error" ? texts : `${key}: ${texts}`;
      }).join("; ");
      return;
    }
    function firstLine(text) {
      const line = text.split("\n")[0].trim();
      return line.length > 200 ? `${line.slice(0, 200)}…` : line;
    }
    // EXTERNAL MODULE: external "node:http"
        var external_node_http_ = __nccwpck_require__(7067);
    // EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
        var proxy = __nccwpck_require__(9783);
    // CONCATENATED MODULE: ./src/gitlab/transport.ts
    /**
 * Sends one request with Node's own http/https and resolves with the response head; the body is
 * read by the caller. Behind a proxy (https_proxy, no_proxy) it uses @actions/http-client's
 * tunnelling agent. That module is loaded only then: it loads undici, which costs more start-up
 * time than the whole trigger request otherwise takes (README, "Start-up time").
 */
    async function sendRequest(request) {
      const agent = await proxyAgentFor(request.url);
      // node:https brings TLS and node:crypto: loaded only for an https URL (README, "Start-up time").
            const module = request.url.protocol === "https:" ? await Promise.resolve().then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : external_node_http_;
      return new Promise((resolve, reject) => {
        const req = module.request(request.url, {
          method: request.method,
          headers: request.headers,
          agent: agent
        });
        let settled = false;
        const settle = outcome => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          request.signal?.removeEventListener("abort", onAbort);
          outcome();
        };
        // Fail at once, not on the 'error' event: a request still waiting for a socket (a proxy that
        // never answers CONNECT) emits none when destroyed. A timer of our own for the same reason:
        // req.setTimeout starts only once there is a socket.
                const fail = error => settle(() => {
          req.destroy(error);
          reject(error);
        });
        const timer = setTimeout(() => fail(errorWithCode("request timed out", "ETIMEDOUT")), request.timeoutMs);
        const onAbort = () => fail(errorWithCode("request abandoned", "ABORT_ERR"));
        request.signal?.addEventListener("abort", onAbort, {
          once: true
        });
        req.on("response", response => settle(() => resolve(response)));
        req.on("error", error => settle(() => reject(error)));
        if (request.signal?.aborted) onAbort();
        req.end(request.body ?? void 0);
      });
    }
    /** The proxy that applies to a URL (https_proxy, http_proxy, no_proxy), if any. */    function proxyFor(url) {
      return (0, proxy /* getProxyUrl */ .s)(url);
    }
    async function proxyAgentFor(url) {
      if (!proxyFor(url)) return;
      const {HttpClient: HttpClient} = await __nccwpck_require__.e(/* import() */ 779).then(__nccwpck_require__.bind(__nccwpck_require__, 2779));
      return new HttpClient(USER_AGENT).getAgent(url.href);
    }
    function errorWithCode(message, code) {
      return Object.assign(new Error(message), {
        code: code
      });
    }
    // CONCATENATED MODULE: ./src/gitlab/client.ts
    // Connection errors raised before a single byte of the request went out.
    const NEVER_CONNECTED = new Set([ "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL" ]);
    /** The one place that builds GitLab URLs, sends requests and turns answers into data or GitLabError. */    class GitLabClient {
      apiUrl;
      token;
      requestTimeoutMs;
      /** The request budget GitLab last announced, for callers that pace themselves (the wait). */
      rateLimit;
      /** Requests answered so far (any status), for callers that count their cost. */
      answered=0;
      constructor(options) {
        this.apiUrl = `${options.gitlabUrl}/api/v4`;
        this.token = options.token;
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
      }
      /** Sends a request, and again on the failures `retry` allows (none when it is omitted). */      request(request, retry) {
        // A trigger in flight is never abandoned: GitLab may be creating the pipeline, which must
        // then be known so that it can be followed or cancelled. Other requests end on cancellation.
        const signal = request.operation === "trigger" ? void 0 : retry?.signal;
        return retry ? withRetries(() => this.send(request, signal), retry) : this.send(request, signal);
      }
      /**
     * Sends a GET whose body is handed to `onChunk` piece by piece as it arrives, so that no more of
     * it is held than the caller keeps (job logs). Errors are mapped as for `request`; the read fails
     * when no byte arrives for the request timeout, however long the whole body takes. It is sent
     * again (per `retry`) only while no byte of the body was received: GitLab's job log has no HTTP
     * Range, so a read cut short cannot resume, and what was received stays with the caller.
     */      async stream(request, onChunk, retry) {
        let received = 0;
        const once = async () => {
          const label = `${request.method} ${request.path}`;
          const message = await this.open({
            ...request,
            schema: null
          }, retry?.signal);
          await pumpBody(message, this.requestTimeoutMs, label, retry?.signal, chunk => {
            received += chunk.length;
            onChunk(chunk);
          });
        };
        if (!retry) return once();
        return withRetries(once, {
          ...retry,
          retryIf: error => received === 0 && retry.retryIf(error)
        });
      }
      async send(request, signal) {
        const label = `${request.method} ${request.path}`;
        const message = await this.open(request, signal);
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        return {
          data: parseBody(request, body, label),
          status: message.statusCode ?? 0,
          headers: message.headers
        };
      }
      /** Sends the request and returns a 2xx answer with its body still to read; anything else throws. */      async open(request, signal) {
        const label = `${request.method} ${request.path}`;
        const headers = {
          Accept: request.text ? "text/plain" : "application/json",
          "User-Agent": USER_AGENT
        };
        if (this.token) headers["PRIVATE-TOKEN"] = this.token;
        let payload = null;
        if (request.body !== void 0) {
          payload = JSON.stringify(request.body);
          headers["Content-Type"] = "application/json";
          headers["Content-Length"] = String(Buffer.byteLength(payload));
        }
        let message;
        let url = new URL(this.urlFor(request));
        for (let redirects = 0; ;redirects++) {
          try {
            message = await sendRequest({
              method: request.method,
              url: url,
              headers: headers,
              body: payload,
              timeoutMs: this.requestTimeoutMs,
              signal: signal
            });
          } catch (error) {
            throw this.connectionError(error, label);
          }
          const location = message.headers.location;
          const code = message.statusCode ?? 0;
          if (!(code >= 300 && code < 400) || !location || redirects >= (request.followRedirects ?? 0)) break;
          message.resume();
          const next = new URL(location, url);
          if (next.protocol !== "https:" && next.protocol !== "http:") break;
          // The token is GitLab's: object storage gets a signed URL and never the token.
                    if (next.host !== url.host) delete headers["PRIVATE-TOKEN"];
          url = next;
        }
        this.answered++;
        this.noteRateLimit(message.headers);
        const status = message.statusCode ?? 0;
        if (status >= 200 && status < 300) return message;
        const body = await readBody(message, this.requestTimeoutMs, label, signal);
        const contentType = String(message.headers["content-type"] ?? "");
        // GitLab redirects reads of a renamed project (docs/gitlab.md 3); the token is not sent after it.
                if (status >= 300 && status < 400 && request.followRedirects) throw new GitLabError({
          kind: "http",
          request: label,
          gitlabMessage: `redirected more than ${request.followRedirects} times (last to ${new URL(String(message.headers.location ?? ""), url).host || "nowhere"})`,
          status: status
        });
        if (status >= 300 && status < 400) {
          const moved = `moved to ${message.headers.location ?? "another address"}`;
          throw new GitLabError({
            kind: "http",
            request: label,
            gitlabMessage: moved,
            hint: "The project was renamed or moved: use its new path",
            status: status
          });
        }
        const gitlabMessage = gitlabMessageOf(body, contentType);
        const hint = hintFor({
          operation: request.operation,
          status: status,
          message: gitlabMessage,
          ref: request.ref
        });
        throw new GitLabError({
          kind: "http",
          request: label,
          gitlabMessage: gitlabMessage,
          hint: hint,
          status: status,
          retryAfterMs: retryAfterMs(message.headers)
        });
      }
      noteRateLimit(headers) {
        const limit = Number(headers["ratelimit-limit"]);
        const remaining = Number(headers["ratelimit-remaining"]);
        // RateLimit-Reset: epoch seconds of the window's end (Rack::Attack, GitLab's throttles).
                const reset = Number(headers["ratelimit-reset"]);
        if (!(limit > 0) || !Number.isFinite(remaining) || !Number.isFinite(reset)) return;
        this.rateLimit = {
          limit: limit,
          remaining: remaining,
          resetAt: reset * 1e3
        };
      }
      urlFor(request) {
        const url = `${this.apiUrl}${request.path}`;
        if (!request.query) return url;
        const query = new URLSearchParams(Object.entries(request.query).flatMap(([key, value]) => Array.isArray(value) ? value.map(item => [ key, String(item) ]) : [ [ key, String(value) ] ]));
        return `${url}?${query}`;
      }
      connectionError(error, label) {
        const err = error;
        const url = new URL(this.apiUrl);
        const proxy = proxyFor(url);
        // Name the port even when the URL leaves it out (docs/contract.md section 3.7).
                const target = `${url.hostname}:${url.port || (url.protocol === "https:" ? 443 : 80)}`;
        const via = proxy ? ` through the proxy ${proxy.host}` : "";
        // The proxy agent reports a failed CONNECT (refused, unreachable, 407) as "tunneling socket
        // could not be established, cause=… / statusCode=…": the request never reached GitLab.
                const tunnel = proxy && /tunneling socket could not be established/i.test(err.message ?? "");
        const code = tunnel ? /\b(E[A-Z]+)\b/.exec(err.message)?.[1] ?? "EPROXY" : err.code ?? err.message;
        if (tunnel || err.code && NEVER_CONNECTED.has(err.code)) {
          const hint = proxy ? `Check the proxy settings (https_proxy, no_proxy) and that ${target} is reachable through it` : `Check the GitLab URL and that ${target} is reachable from this machine`;
          return new GitLabError({
            kind: "unreachable",
            request: label,
            gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
            hint: hint,
            code: code
          });
        }
        if (err.code === "ABORT_ERR") 
        // Our own time limit or the run's cancellation, not GitLab: say so.
        return new GitLabError({
          kind: "connection-lost",
          request: label,
          gitlabMessage: "the request was abandoned (time limit reached or run cancelled)",
          code: err.code
        });
        if (err.code === "ETIMEDOUT") return new GitLabError({
          kind: "timeout",
          request: label,
          gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1e3}s`,
          code: err.code
        });
        return new GitLabError({
          kind: "connection-lost",
          request: label,
          gitlabMessage: `the connection to ${target}${via} broke (${code})`,
          code: err.code
        });
      }
    }
    /** One request's time limit unless the settings give another (GITLAB_REQUEST_TIMEOUT). */    const DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
    /** Encodes a project id or full path once, as GitLab's `:id` route needs (`group%2Fapp`). */    function projectSegment(project) {
      return encodeURIComponent(project);
    }
    function parseBody(request, body, label) {
      if (request.schema === null) return;
      let value = body;
      if (!request.text) try {
        value = JSON.parse(body);
      } catch {
        throw new GitLabError({
          kind: "unreadable",
          request: label,
          gitlabMessage: `the answer is not JSON: ${gitlabMessageOf(body, void 0) || "empty body"}`
        });
      }
      const parsed = request.schema.safeParse(value);
      if (!parsed.success) throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label);
      return parsed.data;
    }
    /** Names the field in the answer that is not what the code needs, e.g. `jobs[3].stage is null, not a string`. */    function unexpectedAnswer(issue, value, what, label) {
      const field = fieldName(what ?? "answer", issue.path);
      let found = value;
      for (const key of issue.path) found = found !== null && typeof found === "object" ? found[key] : void 0;
      const got = found === void 0 ? "missing" : found === null ? "null" : Array.isArray(found) ? "a list" : "a " + typeof found;
      const wanted = typeof issue.expected === "string" ? `, not ${article(issue.expected)}` : "";
      return new GitLabError({
        kind: "unexpected",
        request: label,
        gitlabMessage: `GitLab's answer is not what this tool expects: ${field} is ${got}${wanted}`,
        hint: "Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version"
      });
    }
    /** `jobs`, [3, 'stage'] → `jobs[3].stage` */    function fieldName(what, path) {
      return path.reduce((name, key) => typeof key === "number" ? `${name}[${key}]` : `${name}.${String(key)}`, what);
    }
    const article = type => /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
    /** Reads the whole body (small JSON answers and error bodies) as text. */    async function readBody(message, timeoutMs, label, signal) {
      const chunks = [];
      await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk));
      return Buffer.concat(chunks).toString("utf8");
    }
    /**
 * Hands each chunk of the body to `onChunk`, failing (instead of hanging, as http-client's
 * readBody does) when the connection breaks mid-body or no byte arrives for `stallMs`.
 */    function pumpBody(message, stallMs, label, signal, onChunk) {
      return new Promise((resolve, reject) => {
        let done = false;
        const settle = () => {
          done = true;
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        };
        const fail = reason => {
          if (done) return;
          settle();
          message.destroy();
          reject(new GitLabError({
            kind: "unreadable",
            request: label,
            gitlabMessage: reason
          }));
        };
        const onAbort = () => fail("the request was abandoned");
        const stalled = () => fail(`the answer stalled for ${stallMs / 1e3}s`);
        let timer = setTimeout(stalled, stallMs);
        signal?.addEventListener("abort", onAbort, {
          once: true
        });
        if (signal?.aborted) return onAbort();
        message.on("data", chunk => {
          if (done) return;
          clearTimeout(timer);
          timer = setTimeout(stalled, stallMs);
          try {
            onChunk(chunk);
          } catch (error) {
            settle();
            message.destroy();
            reject(error);
          }
        });
        message.on("end", () => {
          if (done) return;
          settle();
          resolve();
        });
        message.on("aborted", () => fail("the answer was cut short"));
        message.on("error", () => fail("the answer was cut short"));
        message.on("close", () => {
          if (!message.complete) fail("the answer was cut short");
        });
      });
    }
    /** `Retry-After` in seconds or as an HTTP date. */    function retryAfterMs(headers) {
      const value = headers["retry-after"];
      if (typeof value !== "string") return;
      if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
      const date = Date.parse(value);
      return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
    }
    // CONCATENATED MODULE: ./src/gitlab/schemas.ts
    // Each schema names only what the code relies on and rejects answers without it; fields GitLab
    // adds over versions are dropped (docs/gitlab.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
    // every field, since the CLI prints them as GitLab gave them. zod/mini rather than classic zod:
    // it loads in half the time, and it is loaded before the trigger request.
    // Built on first use rather than when the module loads: building them all took longer than
    // anything else before the trigger request, which needs none of them (README, "Start-up time").
    // Each export is a z.lazy over the one built set, so parsing and types work as before.
    function buildSchemas() {
      const id = schemas_int();
      const nullableNumber = pipe(schemas_nullish(schemas_number()), transform(value => value ?? null));
      const pipelineSchema = object({
        id: id,
        iid: id,
        project_id: id,
        sha: schemas_string(),
        ref: schemas_string(),
        status: schemas_string(),
        web_url: schemas_string(),
        duration: nullableNumber,
        // Older GitLab answers a YAML error with 201 and status "failed" (docs/gitlab.md 2.4 step 7).
        yaml_errors: schemas_nullish(schemas_string())
      });
      const jobSchema = object({
        id: id,
        name: schemas_string(),
        stage: schemas_string(),
        status: schemas_string(),
        web_url: schemas_string(),
        duration: nullableNumber,
        allow_failure: schemas_default(schemas_boolean(), false),
        failure_reason: schemas_nullish(schemas_string()),
        // A running job's `duration` is GitLab's partial count; the summary shows the time since this.
        started_at: schemas_nullish(schemas_string())
      });
      const bridgeSchema = schemas_extend(jobSchema, {
        // project_id says whether the downstream runs in another project (multi-project).
        downstream_pipeline: schemas_nullish(object({
          id: id,
          project_id: optional(id),
          web_url: schemas_string(),
          status: schemas_string()
        }))
      });
      // One odd job in a list (a null stage or name) must not end the wait: it is kept with these
      // stand-ins for what is only displayed. Its id and status are still required, since the wait
      // decides by them.
            const shown = fallback => schemas_catch(schemas_string(), fallback);
      const lenientJobFields = {
        name: shown("(no name)"),
        stage: shown("(no stage)"),
        web_url: shown(""),
        duration: schemas_catch(nullableNumber, null),
        allow_failure: schemas_catch(schemas_default(schemas_boolean(), false), false),
        failure_reason: schemas_catch(schemas_nullish(schemas_string()), null),
        started_at: schemas_catch(schemas_nullish(schemas_string()), null)
      };
      const lenientJobSchema = schemas_extend(jobSchema, lenientJobFields);
      const lenientBridgeSchema = schemas_extend(bridgeSchema, {
        ...lenientJobFields,
        downstream_pipeline: schemas_catch(bridgeSchema.shape.downstream_pipeline, null)
      });
      const projectSchema = object({
        id: id,
        path_with_namespace: schemas_string(),
        web_url: schemas_string()
      });
      const tokenSelfSchema = object({
        scopes: array(schemas_string()),
        active: optional(schemas_boolean()),
        expires_at: schemas_nullish(schemas_string())
      });
      const triggerTokenSchema = looseObject({
        id: id,
        token: schemas_string(),
        description: schemas_nullish(schemas_string()),
        created_at: schemas_nullish(schemas_string()),
        last_used: schemas_nullish(schemas_string()),
        expires_at: schemas_nullish(schemas_string()),
        owner: schemas_nullish(looseObject({
          username: schemas_string()
        }))
      });
      const traceSchema = schemas_string();
      /** GET /version: `{"version": "17.9.2-ee", "revision": …}`. */      const versionSchema = object({
        version: schemas_string()
      });
      /** Fine-grained tokens (18.10+) say `granular: true` (older GitLab leaves the field out). */      const tokenSelfGranularSchema = schemas_extend(tokenSelfSchema, {
        granular: optional(nullable(schemas_boolean()))
      });
      return {
        pipelineSchema: pipelineSchema,
        jobSchema: jobSchema,
        bridgeSchema: bridgeSchema,
        lenientJobSchema: lenientJobSchema,
        lenientBridgeSchema: lenientBridgeSchema,
        projectSchema: projectSchema,
        tokenSelfSchema: tokenSelfSchema,
        triggerTokenSchema: triggerTokenSchema,
        traceSchema: traceSchema,
        versionSchema: versionSchema,
        tokenSelfGranularSchema: tokenSelfGranularSchema
      };
    }
    let built;
    const schemas_schemas = () => built ??= buildSchemas();
    const pipelineSchema = schemas_lazy(() => schemas_schemas().pipelineSchema);
    const jobSchema = schemas_lazy(() => schemas_schemas().jobSchema);
    const bridgeSchema = schemas_lazy(() => schemas_schemas().bridgeSchema);
    const lenientJobSchema = schemas_lazy(() => schemas_schemas().lenientJobSchema);
    const lenientBridgeSchema = schemas_lazy(() => schemas_schemas().lenientBridgeSchema);
    const projectSchema = schemas_lazy(() => schemas_schemas().projectSchema);
    schemas_lazy(() => schemas_schemas().tokenSelfSchema);
    const triggerTokenSchema = schemas_lazy(() => schemas_schemas().triggerTokenSchema);
    schemas_lazy(() => schemas_schemas().traceSchema);
    const versionSchema = schemas_lazy(() => schemas_schemas().versionSchema);
    const tokenSelfGranularSchema = schemas_lazy(() => schemas_schemas().tokenSelfGranularSchema);
    // CONCATENATED MODULE: ./src/gitlab/endpoints.ts
    const projectPath = project => `/projects/${projectSegment(project)}`;
    async function data(client, request, retry) {
      return (await client.request(request, retry)).data;
    }
    // The token travels in the JSON body, never in the URL (docs/contract.md section 3.2).
        const triggerPipeline = (client, project, body, retry) => data(client, {
      method: "POST",
      path: `${projectPath(project)}/trigger/pipeline`,
      body: body,
      schema: pipelineSchema,
      what: "pipeline",
      operation: "trigger",
      ref: body.ref
    }, retry);
    const getProject = (client, project, retry) => data(client, {
      method: "GET",
      path: projectPath(project),
      schema: projectSchema,
      what: "project",
      operation: "check-token"
    }, retry);
    const getPipeline = (client, project, id, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/pipelines/${id}`,
      schema: pipelineSchema,
      what: "pipeline",
      operation: "read"
    }, retry);
    const cancelPipeline = (client, project, id, retry) => data(client, {
      method: "POST",
      path: `${projectPath(project)}/pipelines/${id}/cancel`,
      schema: pipelineSchema,
      what: "pipeline",
      operation: "cancel"
    }, retry);
    /** The job's log, handed to `onChunk` as it arrives (see GitLabClient.stream). */    const streamJobTrace = (client, project, jobId, onChunk, retry) => streamJobTraceRange(client, project, jobId, void 0, onChunk, retry);
    const listJobs = (client, project, pipelineId, retry, onOddItem, 
    /** Only jobs in these statuses (`scope[]`, docs/gitlab.md 4.1). */
    scopes) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/jobs`, jobSchema, "read", retry, {
      what: "jobs",
      lenient: lenientJobSchema,
      onOddItem: onOddItem,
      scopes: scopes
    });
    /** One job (`GET /projects/:id/jobs/:job_id`; a trigger job is 404 there). */    const getJob = (client, project, jobId, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}`,
      schema: lenientJobSchema,
      what: "job",
      operation: "read"
    }, retry);
    const listBridges = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/bridges`, bridgeSchema, "read", retry, {
      what: "bridges",
      lenient: lenientBridgeSchema,
      onOddItem: onOddItem
    });
    /**
 * The trigger jobs by `GET /pipelines/:id/trigger_jobs` (GitLab 19.2+, where `/bridges` is
 * deprecated); same answer as listBridges. Older GitLab answers 404 (docs/gitlab.md, "Trigger jobs").
 */    const listTriggerJobs = (client, project, pipelineId, retry, onOddItem) => listAll(client, `${projectPath(project)}/pipelines/${pipelineId}/trigger_jobs`, bridgeSchema, "read", retry, {
      what: "trigger_jobs",
      lenient: lenientBridgeSchema,
      onOddItem: onOddItem
    });
    const listTriggerTokens = (client, project, retry) => listAll(client, `${projectPath(project)}/triggers`, triggerTokenSchema, "tokens", retry, {
      what: "triggers"
    });
    const getTriggerToken = (client, project, id) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/triggers/${id}`,
      schema: triggerTokenSchema,
      operation: "tokens"
    });
    const createTriggerToken = (client, project, description) => data(client, {
      method: "POST",
      path: `${projectPath(project)}/triggers`,
      body: {
        description: description
      },
      schema: triggerTokenSchema,
      operation: "tokens"
    });
    const updateTriggerToken = (client, project, id, description) => data(client, {
      method: "PUT",
      path: `${projectPath(project)}/triggers/${id}`,
      body: {
        description: description
      },
      schema: triggerTokenSchema,
      operation: "tokens"
    });
    const deleteTriggerToken = (client, project, id) => data(client, {
      method: "DELETE",
      path: `${projectPath(project)}/triggers/${id}`,
      schema: null,
      operation: "tokens"
    });
    const PER_PAGE = 100;
 // the most GitLab returns per page
    /**
 * Reads every page, following X-Next-Page (empty on the last page, docs/gitlab.md 4.3). Items are
 * checked one by one: an odd one is kept with stand-ins (or left out) and reported, and only a
 * page that is not a list at all fails the whole read.
 */    async function listAll(client, path, item, operation, retry, {what: what, lenient: lenient, onOddItem: onOddItem, scopes: scopes}) {
      const items = [];
      const schema = array(unknown());
      for (let page = 1; ;) {
        const query = {
          per_page: PER_PAGE,
          page: page,
          ...scopes ? {
            "scope[]": [ ...scopes ]
          } : {}
        };
        const response = await client.request({
          method: "GET",
          path: path,
          query: query,
          schema: schema,
          what: what,
          operation: operation
        }, retry);
        const label = `GET ${path}`;
        response.data.forEach((value, index) => {
          const strict = item.safeParse(value);
          if (strict.success) return items.push(strict.data);
          const position = (page - 1) * PER_PAGE + index;
          const problem = unexpectedAnswer(strict.error.issues[0], value, `${what}[${position}]`, label);
          const kept = lenient?.safeParse(value);
          if (!kept?.success && !onOddItem) throw problem;
          if (kept?.success) items.push(kept.data);
          onOddItem?.(`${problem.gitlabMessage}; ${kept?.success ? "shown with what could be read" : "left out"}`);
        });
        const next = Number(response.headers["x-next-page"] || 0);
        // Without the header (a proxy may drop it) a short page is the last one.
                const hasNext = response.headers["x-next-page"] === void 0 ? response.data.length === PER_PAGE : next > page;
        if (!hasNext) return items;
        page = next || page + 1;
      }
    }
    // ---------------------------------------------------------------------------------------------
    // Pre-flight reads (run/preflight.ts).
    /** GitLab's version, e.g. `17.9.2-ee`; any valid access token may read it. */    const getVersion = (client, retry) => data(client, {
      method: "GET",
      path: "/version",
      schema: versionSchema,
      operation: "check-token"
    }, retry);
    /** The newest pipeline at most: proves the token may read the project's pipelines. */    const probePipelines = (client, project, retry) => data(client, {
      method: "GET",
      path: `${projectPath(project)}/pipelines`,
      query: {
        per_page: 1
      },
      schema: array(unknown()),
      operation: "check-token"
    }, retry);
    /** Like getTokenSelf, keeping `granular` (fine-grained tokens have no classic scopes). */    const getTokenSelfWithKind = (client, retry) => data(client, {
      method: "GET",
      path: "/personal_access_tokens/self",
      schema: tokenSelfGranularSchema,
      operation: "check-token"
    }, retry);
    // ---------------------------------------------------------------------------------------------
    // Job artifacts (src/run/job-outputs.ts, src/run/artifacts.ts), streamed: neither is held whole.
    /** `dist/a b.env` → `dist/a%20b.env`: each segment encoded, the slashes kept for the `*artifact_path` route. */    const encodeArtifactPath = artifactPath => artifactPath.split("/").map(encodeURIComponent).join("/");
    /** One file from the job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts/*artifact_path`). */    const streamJobArtifactFile = (client, project, jobId, artifactPath, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/artifacts/${encodeArtifactPath(artifactPath)}`,
      operation: "read"
    }, onChunk, retry);
    /** The job's whole artifacts archive, a zip (`GET /projects/:id/jobs/:job_id/artifacts`). */    const streamJobArtifactsArchive = (client, project, jobId, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/artifacts`,
      operation: "read",
      // GitLab sends the archive from object storage with a redirect (present_carrierwave_file!).
      followRedirects: 3
    }, onChunk, retry);
    // ---------------------------------------------------------------------------------------------
    // Live job logs (run/live-logs.ts).
    /** Most bytes one ranged log read may ask for: GitLab refuses a larger `byte_limit` (400). */    
    /**
 * Part of the job's log: `byte_limit` bytes from `byte_offset`, on a GitLab that knows these
 * parameters (docs/gitlab.md, "Job logs"). Older versions ignore them and send the whole log, so
 * the caller must tell the two apart (run/live-logs.ts). Without `range`, the whole log.
 */
    const streamJobTraceRange = (client, project, jobId, range, onChunk, retry) => client.stream({
      method: "GET",
      path: `${projectPath(project)}/jobs/${jobId}/trace`,
      query: range && {
        byte_offset: range.byteOffset,
        byte_limit: range.byteLimit
      },
      operation: "read",
      text: true
    }, onChunk, retry);
    // CONCATENATED MODULE: external "node:readline"
    const external_node_readline_namespaceObject = require("node:readline");
    // CONCATENATED MODULE: ./src/cli/confirm.ts
    /** The process's own terminal: the question goes to stderr, so stdout keeps only results. */
    function terminalConfirmer(input = process.stdin, output = process.stderr) {
      return {
        interactive: input.isTTY === true,
        confirm: question => new Promise(resolve => {
          const prompt = (0, external_node_readline_namespaceObject.createInterface)({
            input: input,
            output: output,
            terminal: true
          });
          let answered = false;
          const finish = yes => {
            if (answered) return;
            answered = true;
            prompt.close();
            resolve(yes);
          };
          // Without a listener readline would only pause on Ctrl-C, leaving the question open.
                    prompt.on("SIGINT", () => {
            output.write("\n");
            finish(false);
          });
          // Ctrl-D: end the prompt's line before whatever is printed next.
                    prompt.on("close", () => {
            if (!answered) output.write("\n");
            finish(false);
          });
          prompt.question(question, answer => finish(/^y(es)?$/i.test(answer.trim())));
        })
      };
    }
    // CONCATENATED MODULE: ./src/cli/commands/tokens.ts
    const ACTIONS = [ "list", "get", "create", "update", "delete" ];
    const NEEDS_ID = [ "get", "update", "delete" ];
    const NEEDS_DESCRIPTION = [ "create", "update" ];
    const TOKENS_FLAGS = {
      ...CONNECTION_FLAGS,
      description: {
        type: "string",
        example: '"deploys from Jenkins"'
      },
      yes: {
        type: "boolean",
        short: "y"
      }
    };
    const USAGE_LINE = `usage: ${TOOL_NAME} tokens list|get ID|create --description TEXT|update ID --description TEXT|delete ID [--yes] --project my-group/my-project   (tokens --help)`;
    const TOKENS_USAGE = `Usage: ${TOOL_NAME} tokens COMMAND --project PROJECT [--gitlab-url URL] [--json]\n\nManages the project's pipeline trigger tokens. Needs ${API_TOKEN_ENV}: an access token with the\napi scope of a Maintainer of the project.\n\nCommands:\n  list                           every trigger token of the project\n  get ID                         one trigger token\n  create --description TEXT      a new trigger token; printed once: store it as a secret\n  update ID --description TEXT   change a token's description\n  delete ID [--yes]              revoke a token; pipelines can no longer be triggered with it.\n                                 Asks first on a terminal; elsewhere (scripts, CI) needs --yes\n\nOptions:\n  --project PROJECT              numeric project id or full path, e.g. my-group/my-project (required)\n  --gitlab-url URL               the GitLab instance (default: $GITLAB_URL, else https://gitlab.com)\n  --json                         print GitLab's answer as JSON on stdout\n  -y, --yes                      delete without asking\n  -h, --help                     print this help\n\nGitLab shows a token in full only to its owner; tokens owned by someone else come back\nshortened to 4 characters, and are printed as GitLab gives them.\n\nExit codes: 0 done, 1 delete not confirmed (nothing sent), 2 bad usage (nothing sent),\n3 GitLab refused the request or could not be reached.\n`
    /** `tokens list|get|create|update|delete`: GitLab's pipeline trigger tokens API. Throws UsageError. */;
    async function runTokens(argv, env, reporter, confirmer = terminalConfirmer()) {
      const {values: values, positionals: positionals} = readFlags(argv, TOKENS_FLAGS, USAGE_LINE, 2);
      if (values.help) {
        reporter.result(TOKENS_USAGE);
        return 0;
      }
      const inputs = connectionInputs(values, env);
      const apiToken = inputs.raw["api-token"]?.trim();
      if (apiToken) reporter.mask(apiToken);
      for (const warning of inputs.warnings) reporter.warning(warning);
      const {action: action, id: id} = parseCommand(positionals, values.description, inputs.problems);
      const confirmed = values.yes === true;
      if (confirmed && action !== void 0 && action !== "delete") inputs.problems.push(`--yes only applies to tokens delete; leave it out of tokens ${action}`);
      // Nobody can answer the question: refuse before any request rather than guess.
            if (action === "delete" && !confirmed && !confirmer.interactive) inputs.problems.push(`tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e.g. tokens delete ${Number.isInteger(id) ? id : 12} --yes --project my-group/my-project`);
      if (!apiToken) inputs.problems.push(`${API_TOKEN_ENV} is not set: managing trigger tokens needs an access token with the api scope of a project Maintainer, e.g. export ${API_TOKEN_ENV}=glpat-…`);
      const parsed = settingsFrom(inputs, USAGE_LINE, [ "gitlab-url", "project", "api-token" ]);
      // settingsFrom has thrown unless the command and the token are there.
            if (!action || !parsed.apiToken) throw new UsageError([ "tokens: nothing to do" ], USAGE_LINE);
      const settings = {
        gitlabUrl: parsed.gitlabUrl,
        project: parsed.project,
        apiToken: parsed.apiToken,
        requestTimeoutMs: requestTimeoutOrUsageError(env, USAGE_LINE)
      };
      if (action === "delete" && !confirmed) {
        const yes = await confirmer.confirm(`Delete trigger token ${id} of ${settings.project}? Pipelines can no longer be triggered with it. [y/N] `);
        if (!yes) {
          reporter.info(`Not deleted: trigger token ${id} is unchanged`);
          return 1;
        }
      }
      const client = new GitLabClient({
        gitlabUrl: settings.gitlabUrl,
        token: settings.apiToken,
        requestTimeoutMs: settings.requestTimeoutMs
      });
      const json = values.json === true;
      const description = typeof values.description === "string" ? values.description : "";
      try {
        switch (action) {
         case "list":
          {
            const tokens = await listTriggerTokens(client, settings.project);
            if (json) reporter.result(JSON.stringify(tokens)); else if (tokens.length === 0) reporter.info(`${settings.project} has no pipeline trigger tokens`); else reporter.result(tokenTable(tokens));
            break;
          }

         case "get":
          {
            const token = await getTriggerToken(client, settings.project, id);
            reporter.result(json ? JSON.stringify(token) : tokenDetails(token));
            break;
          }

         case "create":
          {
            const token = await createTriggerToken(client, settings.project, description);
            // The one place the new token is printed; the note goes to stderr so stdout stays the token.
                        reporter.result(json ? JSON.stringify(token) : `Created trigger token ${token.id}: ${token.token}`);
            reporter.info(`Store it now as a secret, e.g. GITLAB_TRIGGER_TOKEN in your CI: whoever has it can start pipelines in ${settings.project} as you.`);
            break;
          }

         case "update":
          {
            const token = await updateTriggerToken(client, settings.project, id, description);
            reporter.result(json ? JSON.stringify(token) : `Updated trigger token ${token.id}: ${JSON.stringify(token.description ?? "")}`);
            break;
          }

         case "delete":
          await deleteTriggerToken(client, settings.project, id);
          // GitLab answers 204 without a body; --json still gets one object to read.
                    reporter.result(json ? JSON.stringify({
            id: id,
            deleted: true
          }) : `Deleted trigger token ${id}`);
          break;
        }
        return 0;
      } catch (error) {
        if (!(error instanceof GitLabError)) throw error;
        reporter.error(error.message);
        return 3;
      }
    }
    /** The subcommand and its ID; what is wrong goes to `problems`, reported with the other input problems. */    function parseCommand(positionals, description, problems) {
      const [action, id] = positionals;
      if (!ACTIONS.includes(action)) {
        const got = action === void 0 ? "no command" : `"${action}"`;
        problems.push(`tokens needs one of ${ACTIONS.join(", ")}; got ${got}`);
        return {
          id: NaN
        };
      }
      const known = action;
      if (NEEDS_ID.includes(known) && !/^[1-9]\d*$/.test(id ?? "")) problems.push(`tokens ${known} needs the token's numeric ID${id === void 0 ? "" : `, got "${id}"`}, e.g. tokens ${known} 12 --project my-group/my-project (tokens list shows the IDs)`);
      if (!NEEDS_ID.includes(known) && id !== void 0) problems.push(`tokens ${known} takes no ID; got "${id}"`);
      if (NEEDS_DESCRIPTION.includes(known) && !(typeof description === "string" && description.trim())) problems.push(`tokens ${known} needs --description TEXT, e.g. --description "deploys from Jenkins"`);
      return {
        action: known,
        id: Number(id)
      };
    }
    /** `2024-01-07T09:53:58.235Z` -> `2024-01-07 09:53 UTC`. */    function when(timestamp, none) {
      if (!timestamp) return none;
      const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*Z$/.exec(timestamp);
      return match ? `${match[1]} ${match[2]} UTC` : timestamp;
    }
    /** What is shown of a token: a table column in `list`, a line in `get`. */    const FIELDS = [ {
      heading: "ID",
      show: token => String(token.id)
    }, {
      heading: "Description",
      show: token => token.description ?? ""
    }, {
      heading: "Owner",
      show: token => token.owner?.username ?? ""
    }, {
      heading: "Created",
      show: token => when(token.created_at, "unknown")
    }, {
      heading: "Last used",
      show: token => when(token.last_used, "never")
    }, {
      heading: "Expires",
      show: token => when(token.expires_at, "never")
    }, {
      heading: "Token",
      show: token => token.token
    } ];
    function tokenTable(tokens) {
      const rows = [ FIELDS.map(field => field.heading.toUpperCase()), 
      // GitLab's text on one line, without controls, so it cannot add rows or shift columns.
      ...tokens.map(token => FIELDS.map(field => withoutTerminalControls(inertOneLine(field.show(token))))) ];
      const widths = FIELDS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
      // The last column is not padded: no trailing spaces.
            return rows.map(row => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")).join("\n");
    }
    function tokenDetails(token) {
      const width = Math.max(...FIELDS.map(field => field.heading.length)) + 2;
      return FIELDS.map(field => `${`${field.heading}:`.padEnd(width)}${field.show(token)}`).join("\n");
    }
    // CONCATENATED MODULE: ./src/runtime/time-limit.ts
    /**
 * A signal that aborts after `ms`, or with `parent`. Built from a plain timer rather than
 * AbortSignal.any(AbortSignal.timeout()), whose timeout can be garbage-collected on Node 20
 * and then never fires (nodejs/node#57736).
 */
    function timeLimit(ms, parent) {
      const controller = new AbortController;
      const onParentAbort = () => controller.abort(parent?.reason);
      const timer = setTimeout(() => controller.abort(new Error(`time limit of ${ms} ms reached`)), ms);
      if (parent?.aborted) onParentAbort(); else parent?.addEventListener("abort", onParentAbort, {
        once: true
      });
      return {
        signal: controller.signal,
        dispose() {
          clearTimeout(timer);
          parent?.removeEventListener("abort", onParentAbort);
        }
      };
    }
    // CONCATENATED MODULE: ./src/run/retry-line.ts
    /** The progress line before a retry of a read or a cancel. */
    function retryLine(error, delayMs) {
      return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${formatDuration(delayMs)}`;
    }
    /**
 * Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway.
 * Returns the status GitLab answered, or undefined when the cancel failed.
 */
    async function cancelDownstream(client, project, pipelineId, webUrl, log, why, {withinMs: withinMs = 5e3, clock: clock = clock_realClock} = {}) {
      log.info(`Cancelling pipeline #${pipelineId} (${why})…`);
      const limit = timeLimit(withinMs);
      try {
        const pipeline = await cancelPipeline(client, project, pipelineId, cancelPolicy({
          deadline: clock.now() + withinMs,
          clock: clock,
          onRetry: (error, delayMs) => log.info(retryLine(error, delayMs)),
          // Bounds a request that hangs, not only the pauses between tries.
          signal: limit.signal
        }));
        log.info(`Pipeline #${pipelineId} is ${pipeline.status}`);
        return pipeline.status;
      } catch (error) {
        const failure = error;
        log.warning(`Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, ".")} Cancel it by hand: ${webUrl}`, "Downstream pipeline not cancelled");
        return;
      } finally {
        limit.dispose();
      }
    }
    /**
 * One quick read of the pipeline and its jobs after a cancel, so the summary shows where the
 * cancel left them, not where they were before it. Bounded by `withinMs`; nothing is retried,
 * and whatever could not be read in time is left undefined.
 */    async function lookAfterCancel(client, project, pipelineId, withinMs) {
      if (withinMs <= 0) return {};
      const limit = timeLimit(withinMs);
      const once = {
        retryIf: () => false,
        maxAttempts: 1,
        signal: limit.signal
      };
      try {
        const [pipeline, jobs, bridges] = await Promise.allSettled([ getPipeline(client, project, pipelineId, once), listJobs(client, project, pipelineId, once), listBridges(client, project, pipelineId, once) ]);
        return {
          status: pipeline.status === "fulfilled" ? pipeline.value.status : void 0,
          jobs: jobs.status === "fulfilled" && bridges.status === "fulfilled" ? [ ...jobs.value, ...bridges.value ].sort((a, b) => a.id - b.id) : void 0
        };
      } finally {
        limit.dispose();
      }
    }
    // CONCATENATED MODULE: external "node:v8"
    const external_node_v8_namespaceObject = require("node:v8");
    // CONCATENATED MODULE: external "node:vm"
    const external_node_vm_namespaceObject = require("node:vm");
    function jobsWithLogsToShow(jobs, which) {
      if (which === "none") return [];
      const shown = which === "all" ? jobs.filter(job => job.status !== "created" && job.status !== "skipped" && job.status !== "manual") : jobs.filter(job => job.status === "failed");
      return [ ...shown ].sort((a, b) => a.id - b.id);
    }
    /**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
 */    async function printJobLogs(client, project, jobs, log, retry) {
      for (const job of jobs) {
        if (retry.signal?.aborted) {
          log.warning(`Stopped reading job logs before ${job.name}: ${reasonOf(retry.signal)}; see the jobs in GitLab`);
          return;
        }
        const tail = new LogTail;
        let sinceCollect = 0;
        try {
          await streamJobTrace(client, project, job.id, chunk => {
            tail.push(chunk);
            sinceCollect += chunk.length;
            if (sinceCollect >= COLLECT_EVERY_BYTES) {
              sinceCollect = 0;
              collectGarbage();
            }
          }, retry);
        } catch (error) {
          const why = error.message;
          if (tail.bytesRead === 0) {
            log.warning(`Could not read the log of job ${job.name}: ${why}`);
            continue;
          }
          // GitLab's job log has no HTTP Range: rather than read it all again, show what arrived.
                    log.warning(`The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`);
        }
        log.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url));
      }
    }
    // Each chunk read from the socket is a new buffer outside the JavaScript heap, and V8 collects
    // them only once tens of MB have piled up: a long log would then raise the peak memory by that
    // much. Collecting every few MB keeps it flat (README, "Memory").
        const COLLECT_EVERY_BYTES = 4194304;
    let gc;
    function collectGarbage() {
      if (gc === void 0) try {
        (0, external_node_v8_namespaceObject.setFlagsFromString)("--expose-gc");
        gc = (0, external_node_vm_namespaceObject.runInNewContext)("gc");
      } catch {
        gc = null;
      }
      gc?.();
    }
    function reasonOf(signal) {
      const reason = signal.reason;
      return reason instanceof Error ? reason.message : "stopped";
    }
    // section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
    // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
        const SECTION_MARKER = /section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g;
    // The raw bytes kept: four times what is shown, so that trailing blank lines and section markers
    // trimmed at the end still leave enough. They live in one buffer allocated once: a 100 MB log
    // then makes almost no garbage, which would otherwise grow the process's heap.
        // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
    const MARKER_AT = /^section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/;
    // The longest section marker looked for (name included).
        /**
 * The readable end of a job log, built chunk by chunk: GitLab's collapsible-section markers
 * removed, CRLF made LF, and only the last lines kept, counting what was cut. Memory stays
 * about 1 MiB however long the log. `render` once, at the end.
 */
    class LogTail {
      /** Bytes received, before any cleaning. */
      bytesRead=0;
      buffer=Buffer.allocUnsafe(1048576);
      length=0;
      /** Complete lines dropped from the front, and their cleaned bytes (line breaks not counted). */
      lines=0;
      bytes=0;
      push(chunk) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        this.bytesRead += bytes.length;
        for (let at = 0; at < bytes.length; at += 524288) {
          const piece = bytes.subarray(at, at + 524288);
          if (this.length + piece.length > 1048576) this.dropFront(piece.length);
          piece.copy(this.buffer, this.length);
          this.length += piece.length;
        }
      }
      /** The tail to show, with a note of how much was cut and where the whole log is. */      render(webUrl) {
        const segments = this.buffer.toString("utf8", 0, this.length).split("\n");
        if (segments.at(-1) === "") segments.pop();
        const all = segments.map(clean);
        let lines = this.lines + all.length;
        let bytes = this.bytes;
        for (const line of all) bytes += Buffer.byteLength(line);
        const joined = all.join("\n");
        const cleaned = joined.trimEnd();
        const trimmed = joined.slice(cleaned.length);
        // The whole cleaned log: its lines and the breaks between them, less the trimmed end.
                const total = bytes + Math.max(0, lines - 1) - Buffer.byteLength(trimmed);
        lines -= trimmed.split("\n").length - 1;
        if (cleaned === "") return `(the log is empty) ${webUrl}`;
        let kept = cleaned.split("\n").slice(-300).join("\n");
        // A single huge line is cut by bytes too; drop a split character.
                if (Buffer.byteLength(kept) > 65536) kept = Buffer.from(kept).subarray(-65536).toString("utf8").replace(/^\uFFFD+/, "");
        const keptBytes = Buffer.byteLength(kept);
        if (keptBytes >= total) return kept;
        const cutLines = lines - kept.split("\n").length;
        const cutBytes = total - keptBytes;
        const what = cutLines > 0 ? `${cutLines} earlier lines (${formatBytes(cutBytes)})` : `the first ${formatBytes(cutBytes)}`;
        return [ `… ${what} not shown; full log: ${webUrl}`, kept ].join("\n");
      }
      /**
     * Makes room for `needed` bytes, keeping the last RING_BYTES: whole lines are dropped (and
     * counted), or, inside a line too long to keep, its front.
     */      dropFront(needed) {
        const target = this.length - 262144;
        const lastBreak = this.buffer.lastIndexOf(10, target - 1);
        let cut = lastBreak + 1;
        if (this.length - cut + needed > 1048576) cut = target;
        this.count(0, cut);
        this.buffer.copyWithin(0, cut, this.length);
        this.length -= cut;
      }
      /** Adds the lines (and the front of a line) in buffer[start, end) to what was cut. */      count(start, end) {
        let lineStart = start;
        for (let nl = this.buffer.indexOf(10, start); nl >= 0 && nl < end; ) {
          const cr = nl > lineStart && this.buffer[nl - 1] === 13 ? 1 : 0;
          this.bytes += nl - lineStart - cr - this.markerBytes(lineStart, nl);
          this.lines++;
          lineStart = nl + 1;
          nl = this.buffer.indexOf(10, lineStart);
        }
        // The front of a line too long to keep: counted raw, its break comes later.
                this.bytes += end - lineStart;
      }
      markerBytes(start, end) {
        let found = 0;
        for (let at = this.buffer.indexOf("section_", start); at >= 0 && at < end; ) {
          const window = this.buffer.toString("latin1", at, Math.min(end, at + 512));
          const length = MARKER_AT.exec(window)?.[0].length ?? 0;
          found += length;
          at = this.buffer.indexOf("section_", at + Math.max(1, length));
        }
        return found;
      }
    }
    function clean(line) {
      const text = line.replace(SECTION_MARKER, "");
      return text.endsWith("\r") ? text.slice(0, -1) : text;
    }
    /**
 * The readable end of a whole job log (see LogTail): the last lines, with a note of how much was
 * cut and where the whole log is.
 */    function formatBytes(bytes) {
      if (bytes < 1024) return `${bytes} B`;
      if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
      return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    }
    // CONCATENATED MODULE: ./src/run/start/preflight.ts
    // Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
    // default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md 10).
    const INPUTS_FROM = [ 17, 11 ];
    const INPUTS_GA = [ 18, 1 ];
    /**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */    async function checkApiToken(client, settings, log, signal, clock) {
      const quickRetry = quickReadPolicy({
        signal: signal,
        clock: clock
      });
      const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout;
      const hasInputs = Object.keys(settings.inputs).length > 0;
      if (!settings.wait && !hasInputs) return;
      const skipped = Promise.resolve(void 0);
      const [project, pipelines, version, token] = await Promise.allSettled([ settings.wait ? getProject(client, settings.project, quickRetry) : skipped, settings.wait ? probePipelines(client, settings.project, quickRetry) : skipped, hasInputs ? getVersion(client, quickRetry) : skipped, settings.wait && (wantsCancel || settings.playManual.length > 0) ? getTokenSelfWithKind(client, quickRetry) : skipped ]);
      if (project.status === "rejected") throw project.reason;
      if (pipelines.status === "rejected") throw cannotReadPipelines(pipelines.reason);
      if (hasInputs) checkInputsSupport(version, log);
      if (token.status === "rejected") 
      // 15.0-15.4 (no `self`: 404 or 401), OAuth and CI job tokens cannot describe themselves:
      // the project read above already proved the token, so this is no reason to stop or warn.
      log.debug(`Could not read the api-token's scopes: ${token.reason.message}`); else if (token.value) {
        const {scopes: scopes, granular: granular} = token.value;
        if (granular === true || scopes.includes("granular")) 
        // Fine-grained tokens name a permission per route instead of classic scopes; whether this
        // one may cancel shows only when it tries.
        log.debug("The api-token is a fine-grained token: its cancel permission is not checked"); else if (!scopes.includes("api") && settings.playManual.length > 0) throw new GitLabError({
          kind: "http",
          request: "GET /personal_access_tokens/self",
          gitlabMessage: `the api-token has the scopes ${scopes.join(", ") || "(none)"} but not api, which playing a manual job needs`,
          hint: "Give the token the api scope, or leave out play-manual. Nothing was triggered"
        }); else if (!scopes.includes("api")) log.warning(`The api-token has the scopes ${scopes.join(", ") || "(none)"} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`, "api-token cannot cancel");
      }
    }
    /** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */    function cannotReadPipelines(reason) {
      if (!(reason instanceof GitLabError) || reason.status !== 403) return reason;
      return new GitLabError({
        kind: reason.kind,
        request: reason.request,
        gitlabMessage: reason.gitlabMessage,
        hint: "The API token (api-token) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered",
        status: reason.status
      });
    }
    function checkInputsSupport(version, log) {
      if (version.status === "rejected" || !version.value) {
        const why = version.status === "rejected" ? version.reason.message : "no answer";
        log.warning(`Could not read GitLab's version (${why}): GitLab before 17.11 ignores pipeline inputs sent to the trigger API, and the pipeline then runs with its spec:inputs defaults.`, "GitLab version unknown");
        return;
      }
      const text = version.value.version;
      const match = /^(\d+)\.(\d+)/.exec(text);
      if (!match) return;
      const have = [ Number(match[1]), Number(match[2]) ];
      const atLeast = ([major, minor]) => have[0] > major || have[0] === major && have[1] >= minor;
      if (!atLeast(INPUTS_FROM)) throw new GitLabError({
        kind: "http",
        request: "GET /version",
        gitlabMessage: `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`,
        hint: "Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered"
      });
      if (!atLeast(INPUTS_GA)) log.warning(`GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`, "Pipeline inputs may be ignored");
    }
    // CONCATENATED MODULE: ./src/run/follow/job-changes.ts
    /**
 * Statuses of a job (or bridge) that is queued or running and so will change by itself. A
 * `created` job is not among them: behind a blocking manual job it stays `created` for good, and
 * the pipeline, then `manual`, must still be read.
 */
    const PROGRESSING_JOB_STATUSES = new Set([ "waiting_for_resource", "preparing", "waiting_for_callback", "pending", "running", "canceling", "scheduled" ]);
    function isProgressingJob(job) {
      return PROGRESSING_JOB_STATUSES.has(job.status);
    }
    /**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll. A job first seen as `created`
 * is not news (every job of a new pipeline starts so); its first real change is.
 */    class JobTracker {
      seen=new Map;
      update(jobs) {
        const changes = [];
        // GitLab lists newest first; report in creation order so stages read top to bottom.
                for (const job of [ ...jobs ].sort((a, b) => a.id - b.id)) {
          const from = this.seen.get(job.id);
          const news = from === void 0 ? job.status !== "created" : from !== job.status;
          if (news) changes.push({
            job: job,
            from: from,
            to: job.status
          });
          this.seen.set(job.id, job.status);
        }
        return changes;
      }
    }
    /** `test › integration: running → failed  https://…/-/jobs/12` */    function describeJobChange({job: job, from: from, to: to}) {
      const transition = from ? `${from} → ${to}` : to;
      const downstream = job.downstream_pipeline;
      const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url;
      return `${job.stage} › ${job.name}: ${transition}  ${link}`;
    }
    // CONCATENATED MODULE: ./src/run/follow/poll-delays.ts
    /**
 * The pause before the next status check: 1 s at first, growing by a tenth of the time
 * already waited, up to poll-interval. A 20 s pipeline is then seen within about 3 s of its
 * end, and a long one costs about one check per poll-interval.
 */
    function nextPollDelay(elapsedMs, pollIntervalMs) {
      return Math.round(Math.min(pollIntervalMs, Math.max(1e3, 1e3 + elapsedMs / 10)));
    }
    // CONCATENATED MODULE: ./src/run/logs/live-display.ts
    /**
 * The one place for the rule "one job running: its lines in a group named after it; several:
 * each line prefixed with the job". Groups do not nest in the runner's log, so a GitLab section
 * is shown as its header line. Pass the returned state to the next call.
 */
    function presentLiveEvents(events, {oneJob: oneJob}, state = {}) {
      const lines = [];
      let openJob = state.openJob;
      const close = () => {
        if (openJob !== void 0) lines.push({
          kind: "close-group"
        });
        openJob = void 0;
      };
      for (const event of events) {
        const key = jobKey(event.job);
        if (event.kind === "finished") {
          if (openJob === key) close();
          continue;
        }
        const text = eventText(event);
        if (text === null) continue;
        if (oneJob) {
          if (openJob !== key) {
            close();
            lines.push({
              kind: "open-group",
              title: `Log of ${event.job.label}`
            });
            openJob = key;
          }
          lines.push({
            kind: "text",
            text: text
          });
        } else {
          close();
          lines.push({
            kind: "text",
            text: `[${event.job.label}] ${text}`
          });
        }
      }
      return {
        lines: lines,
        state: {
          openJob: openJob
        }
      };
    }
    function jobKey(job) {
      return `${job.label}#${job.id}`;
    }
    function eventText(event) {
      switch (event.kind) {
       case "line":
        return event.text;

       case "section-start":
        return event.header || event.name;

       case "section-end":
       case "finished":
        return null;

       case "skipped":
        return `… ${event.lines} lines (${live_display_formatBytes(event.bytes)}) not shown; full log: ${event.job.web_url ?? "in GitLab"}`;

       case "paused":
        return `(the log passed ${live_display_formatBytes(event.bytes)}: its last lines are shown when the job ends)`;

       case "unreadable":
        return `(could not read the log${event.final ? "" : ", trying again"}: ${event.message})`;
      }
    }
    function live_display_formatBytes(bytes) {
      if (bytes < 1024) return `${bytes} B`;
      if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KiB`;
      return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    }
    /** Closes the group left open, before the front end prints anything else (job changes). */    function closeLiveGroup(state) {
      return {
        lines: state.openJob === void 0 ? [] : [ {
          kind: "close-group"
        } ],
        state: {}
      };
    }
    /** Whether `/trigger_jobs` exists, per client (one GitLab each), once tried. */
    const triggerJobsSupport = new WeakMap;
    /**
 * Follows a pipeline, and with `followDownstream` the pipelines its trigger jobs start, to any
 * depth, until the top pipeline reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs of each pipeline that has not ended (which also shows their
 * changes) and its trigger jobs while one of them may still change; a pipeline is read only when
 * none of its jobs is queued or running, because only then can its status be final, and once it
 * ended it is not read again. At the deadline it looks once more, so a pipeline that ended in
 * the last pause is not called timed out, and a timeout reports the pipeline's current status.
 */    async function waitForPipeline(options) {
      const {client: client, log: log, clock: clock, signal: signal, deadline: deadline, live: live} = options;
      const top = {
        pipeline: options.pipeline,
        project: options.project,
        parentId: null,
        prefix: "",
        jobs: [],
        bridges: [],
        done: false
      };
      const tree = [ top ];
      const state = () => ({
        outcome: "ended",
        pipeline: top.pipeline,
        jobs: top.jobs,
        bridges: top.bridges,
        tree: tree
      });
      const trackers = new Map;
      let lastCheckRequests = 1;
      let scopesRefused = false;
      const started = clock.now();
      let lastNews = started;
      let display = {};
      let budgetSaid = false;
      // Ends requests in flight on cancellation, or when even the last look takes too long.
            const limit = timeLimit(Math.max(0, deadline - started) + 1e4, signal);
      const stop = limit.signal;
      const retry = readPolicy({
        deadline: deadline,
        signal: stop,
        clock: clock,
        onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
      });
      // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
      // once: the same job would otherwise warn on every poll.
            let oddWarned = false;
      const onOddItem = problem => {
        if (oddWarned) return;
        oddWarned = true;
        log.warning(`${problem} (further odd jobs are not reported)`, "Unexpected job in GitLab answer");
      };
      const say = line => {
        if (live && log.live) {
          const closed = closeLiveGroup(display);
          display = closed.state;
          if (closed.lines.length > 0) log.live(closed.lines);
        }
        log.info(line);
      };
      /**
     * `/trigger_jobs` where GitLab has it (19.2+), `/bridges` otherwise: decided by GitLab's
     * version, read once; when that cannot be read, by trying `/trigger_jobs` once.
     */      const readTriggerJobs = async node => {
        const {project: project, pipeline: pipeline} = node;
        if (!triggerJobsSupport.has(client)) {
          const known = await hasTriggerJobsRoute(client, retry);
          if (known !== void 0) triggerJobsSupport.set(client, known);
        }
        if (triggerJobsSupport.get(client) === false) return listBridges(client, project, pipeline.id, retry, onOddItem);
        try {
          const bridges = await listTriggerJobs(client, project, pipeline.id, retry, onOddItem);
          triggerJobsSupport.set(client, true);
          return bridges;
        } catch (error) {
          // Decided on a pipeline that was readable: a 404 there means the route is missing.
          if (error.status !== 404 || triggerJobsSupport.has(client)) throw error;
          const bridges = await listBridges(client, project, pipeline.id, retry, onOddItem);
          triggerJobsSupport.set(client, false);
          return bridges;
        }
      };
      const adopt = (parent, bridge) => {
        const downstream = bridge.downstream_pipeline;
        if (!downstream) return;
        const known = tree.find(node => node.pipeline.id === downstream.id);
        if (known) {
          // One the api-token cannot read is known by its trigger job only.
          if (known.unreadable) Object.assign(known, {
            trigger: bridge,
            pipeline: {
              ...known.pipeline,
              status: downstream.status
            }
          });
          return;
        }
        const parentProject = parent.pipeline.project_id;
        const projectId = downstream.project_id || parentProject;
        const node = {
          pipeline: {
            id: downstream.id,
            iid: 0,
            project_id: projectId,
            sha: parent.pipeline.sha,
            ref: parent.pipeline.ref,
            status: downstream.status,
            web_url: downstream.web_url,
            duration: null
          },
          project: String(projectId),
          parentId: parent.pipeline.id,
          trigger: bridge,
          prefix: `${parent.prefix}${bridge.stage} › ${bridge.name} ⇒ #${downstream.id} `,
          jobs: [],
          bridges: [],
          done: false
        };
        tree.push(node);
      };
      /**
     * A pipeline's jobs. Up to one page, the whole list; past it, only the active jobs
     * (`scope[]`, one page while fewer than 100 are active) and each job that left them since the
     * last check, one read each: a check then costs what is active and what changed, not the
     * pipeline's size. Once nothing is active, the whole list again, for the final statuses.
     */      const readJobs = async (node, firstRead) => {
        const whole = () => listJobs(client, node.project, node.pipeline.id, retry, onOddItem);
        if (firstRead || node.jobs.length <= JOBS_PAGE) return whole();
        if (scopesRefused) return whole();
        let active;
        try {
          active = await listJobs(client, node.project, node.pipeline.id, retry, onOddItem, [ ...ACTIVE_JOB_SCOPES ]);
        } catch (error) {
          // An older GitLab that knows a status less refuses the filter (400): the whole list, then.
          if (error.status !== 400) throw error;
          scopesRefused = true;
          return whole();
        }
        const activeIds = new Set(active.map(job => job.id));
        const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id));
        if (active.length === 0) return whole();
        const byId = new Map(node.jobs.map(job => [ job.id, job ]));
        for (const job of active) byId.set(job.id, job);
        for (const job of left) byId.set(job.id, await getJob(client, node.project, job.id, retry));
        return [ ...byId.values() ];
      };
      const checkNode = async (node, readPipeline) => {
        const firstRead = !trackers.has(node);
        const tracker = trackers.get(node) ?? new JobTracker;
        try {
          node.jobs = await readJobs(node, firstRead);
          // Trigger jobs exist from the pipeline's creation: none at first means none at all, and
          // once all of them ended, they change no more.
                    if (firstRead || node.bridges.some(bridge => !ENDED_JOB.has(bridge.status))) node.bridges = await readTriggerJobs(node);
        } catch (error) {
          if (node.parentId === null || !isUnreadable(error)) throw error;
          node.unreadable = `the api-token cannot read it (${error.message.replace(/\.$/, "")})`;
          node.done = true;
          say(`${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`);
          return;
        }
        trackers.set(node, tracker);
        const all = [ ...node.jobs, ...node.bridges ];
        for (const change of tracker.update(all)) {
          say(node.prefix + describeJobChange(change));
          lastNews = clock.now();
        }
        if (options.followDownstream) for (const bridge of node.bridges) adopt(node, bridge);
        // GitLab may still call the pipeline `manual` for a moment after a job of it was played.
                const started = await (options.onJobs?.(all, node.project, retry)) === true;
        if (!started && (readPipeline || !all.some(isProgressingJob))) {
          const previous = node.pipeline.status;
          node.pipeline = await getPipeline(client, node.project, node.pipeline.id, retry);
          if (node.pipeline.status !== previous && !isFinalStatus(node.pipeline.status)) say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`);
          node.done = isFinalStatus(node.pipeline.status);
        }
      };
      const check = async readPipeline => {
        const before = client.answered;
        // The tree grows while it is read: a pipeline found now is read in this same check.
                for (let i = 0; i < tree.length; i++) {
          const node = tree[i];
          if (!node.done) await checkNode(node, readPipeline);
        }
        if (live) await streamLogs(false);
        lastCheckRequests = client.answered - before;
        options.onCheck?.(lastCheckRequests);
      };
      /** The jobs whose logs are streamed: real jobs (not trigger jobs) of readable pipelines. */      const liveJobs = () => tree.filter(node => !node.unreadable).flatMap(node => node.jobs.map(job => ({
        ...job,
        project: node.project,
        label: `${node.prefix}${job.stage} › ${job.name}`
      })));
      const streamLogs = async final => {
        if (!live) return;
        const jobs = liveJobs();
        const oneJob = jobs.filter(job => job.status === "running").length <= 1;
        await live.check(jobs, {
          signal: final ? signal : stop,
          final: final,
          emit: events => {
            const shown = presentLiveEvents(events, {
              oneJob: oneJob
            }, display);
            display = shown.state;
            if (shown.lines.length > 0) log.live?.(shown.lines);
          }
        });
      };
      /** The pause before the next check: the usual one, shorter while logs are streamed, longer when GitLab's budget runs low. */      const pauseMs = () => {
        let pause = nextPollDelay(clock.now() - started, options.pollIntervalMs);
        if (live && tree.some(node => node.jobs.some(job => job.status === "running"))) pause = Math.min(pause, 2e3);
        const budget = client.rateLimit;
        if (budget && budget.remaining < budget.limit * .1) {
          // Spread what is left of the budget over the time to its renewal, a check's worth each.
          const perCheck = Math.max(1, lastCheckRequests);
          const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1);
          const stretched = Math.ceil(Math.max(0, budget.resetAt - clock.now()) / checksLeft);
          if (stretched > pause) {
            if (!budgetSaid) log.info(`GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`);
            budgetSaid = true;
            pause = stretched;
          }
        }
        return pause;
      };
      try {
        while (!isFinalStatus(top.pipeline.status)) {
          const pause = pauseMs();
          await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop);
          const lastLook = clock.now() >= deadline;
          await check(lastLook);
          if (lastLook && !isFinalStatus(top.pipeline.status)) return {
            ...state(),
            outcome: "timeout"
          };
          if (clock.now() - lastNews >= 3e5) {
            say(stillWaiting(state(), clock.now() - started));
            lastNews = clock.now();
          }
        }
        // The top pipeline ended: downstream pipelines not yet seen ended (a depend trigger job
        // ends after its pipeline) are read once more, so their last state is reported.
                for (const node of tree) if (!node.done) await checkNode(node, true);
        await streamLogs(true);
        return state();
      } catch (error) {
        if (signal.aborted) return {
          ...state(),
          outcome: "aborted"
        };
        // Transient failures are retried until the deadline; one still failing then is a timeout.
                if (clock.now() >= deadline && (stop.aborted || error.transient)) {
          const pipeline = 
          /** One try at the pipeline's current status for the timeout message, else what its jobs say. */ await async function lastLook() {
            const look = timeLimit(1e4, signal);
            try {
              return await getPipeline(client, top.project, top.pipeline.id, {
                ...retry,
                maxAttempts: 1,
                signal: look.signal
              });
            } catch {
              const jobs = [ ...top.jobs, ...top.bridges ];
              const seen = jobs.some(job => job.status === "running") ? "running" : jobs.some(isProgressingJob) ? "pending" : top.pipeline.status;
              return {
                ...top.pipeline,
                status: seen
              };
            } finally {
              look.dispose();
            }
          }();
          top.pipeline = pipeline;
          return {
            ...state(),
            outcome: isFinalStatus(pipeline.status) ? "ended" : "timeout"
          };
        }
        throw error;
      } finally {
        if (live && log.live) {
          const closed = closeLiveGroup(display);
          if (closed.lines.length > 0) log.live(closed.lines);
        }
        limit.dispose();
      }
    }
    /** Whether GitLab's version has `/pipelines/:id/trigger_jobs` (19.2+); undefined when unknown. */    async function hasTriggerJobsRoute(client, retry) {
      try {
        const {version: version} = await getVersion(client, {
          ...retry,
          maxAttempts: 2
        });
        const [major, minor] = version.split(".").map(part => Number.parseInt(part, 10));
        if (!Number.isFinite(major) || !Number.isFinite(minor)) return;
        return major > 19 || major === 19 && minor >= 2;
      } catch (error) {
        if (error.kind === "http") return;
        throw error;
      }
    }
    // The most jobs one list page holds.
        const JOBS_PAGE = 100;
    // The statuses of a job that will change by itself (job-changes.ts), as `scope[]` values.
        const ACTIVE_JOB_SCOPES = [ "waiting_for_resource", "preparing", "pending", "running", "canceling", "scheduled" ];
    const ENDED_JOB = new Set([ "success", "failed", "canceled", "skipped" ]);
    /** A downstream pipeline the api-token may not read: another project it is no member of. */    function isUnreadable(error) {
      const status = error.status;
      return error.kind === "http" && (status === 403 || status === 404);
    }
    function stillWaiting({pipeline: pipeline, jobs: jobs, bridges: bridges}, elapsedMs) {
      const running = [ ...jobs, ...bridges ].filter(job => job.status === "running").map(job => job.name);
      const jobsText = running.length > 0 ? `; running: ${running.join(", ")}` : "";
      return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`;
    }
    // CONCATENATED MODULE: external "node:string_decoder"
    const external_node_string_decoder_namespaceObject = require("node:string_decoder");
    // CONCATENATED MODULE: ./src/run/logs/log-lines.ts
    // section_start:1700000000:step_script[collapsed=true]\r\e[0K and section_end:1700000001:step_script\r\e[0K:
    // GitLab's own pattern for its log section markers (Gitlab::Regex.build_trace_section_regex), so
    // that text GitLab shows as text is not taken for a marker.
    const log_lines_SECTION_MARKER = 
    // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
    /section_(start|end):\d+:([a-zA-Z0-9_.-]+)(\[\w+=\w+(?:, ?\w+=\w+)*\])?\r\x1b\[0K/g;
    // CSI sequences (ESC [ parameters intermediates final). Colour (SGR, final `m`) is kept; cursor
    // moves and erases (`ESC[0K`, `ESC[2K`, `ESC[1A`) mean nothing once a line is a line.
    // eslint-disable-next-line no-control-regex -- ANSI escapes
        const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g;
    // 2026-12-02T10:00:00.123456Z 00O+ : a UTC time, the stream (2 hex digits), E(rr) or O(ut), and
    // `+` for a line that goes on the one before (GitLab's Gitlab::Ci::Trace::Stream).
        const TIMESTAMP_HEADER = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{6}Z [0-9a-f]{2}[EO][+ ]/;
    /**
 * Turns the bytes of one job log, in chunks of any size, into LogPieces. A character split across
 * chunks stays whole; a line is given out once its end arrives (or at `end`); `\r` redraws keep
 * the line's last state. A colour left on at the end of a line is closed there and opened again
 * on the next, so each line reads right on its own (the runner's log shows lines one by one).
 */
    class LogLineAssembler {
      decoder=new external_node_string_decoder_namespaceObject.StringDecoder("utf8");
      /** The start of a line whose break has not arrived. */
      partial="";
      /**
     * In a log with timestamps, the last whole line, held until the next one shows whether it
     * goes on (see `flush`).
     */
      pending=null;
      /** Whether the log's lines start with a timestamp header; decided by its first line. */
      timestamped;
      /** SGR sequences in force since the last reset, carried to the next line. */
      colour="";
      push(chunk) {
        // What is held has no line break: look for one only in what is new.
        const held = this.partial.length;
        this.partial += this.decoder.write(chunk);
        const pieces = [];
        let start = 0;
        for (let nl = this.partial.indexOf("\n", held); nl >= 0; nl = this.partial.indexOf("\n", start)) {
          this.physical(this.partial.slice(start, nl), pieces);
          start = nl + 1;
        }
        this.partial = this.partial.slice(start);
        if (this.partial.length > 65536) {
          // A progress bar redrawn without end, or one endless line: keep its last state, and cut it
          // if it is still too long.
          this.partial = lastState(this.partial);
          while (this.partial.length > 65536) {
            this.physical(this.partial.slice(0, 65536), pieces);
            this.partial = this.partial.slice(65536);
          }
        }
        return pieces;
      }
      /**
     * Gives out a whole line held to see whether the next one continues it (logs with timestamps
     * only): called after each read, so that a line is not held until the job writes another. A
     * continuation that arrives later then starts a line of its own.
     */      flush() {
        const pieces = [];
        if (this.pending !== null) this.line(this.pending, pieces);
        this.pending = null;
        return pieces;
      }
      /** The log ended: a last line without its line break is given out too. */      end() {
        this.partial += this.decoder.end();
        const pieces = [];
        if (this.partial !== "") this.physical(this.partial, pieces);
        this.partial = "";
        return [ ...pieces, ...this.flush() ];
      }
      /** Characters held for lines whose end has not arrived. */      get heldChars() {
        return this.partial.length + (this.pending?.length ?? 0);
      }
      /**
     * One line as stored. Since GitLab Runner 18.7 each starts with a timestamp header, whose last
     * character is `+` when the line goes on the one before (the runner flushed a part of it).
     */      physical(raw, pieces) {
        this.timestamped ??= TIMESTAMP_HEADER.test(raw);
        if (!this.timestamped) return this.line(raw, pieces);
        const header = hasTimestamp(raw);
        const text = header ? raw.slice(32) : raw;
        if (header && raw[31] === "+" && this.pending !== null) {
          this.pending += text;
          if (this.pending.length > 65536) pieces.push(...this.flush());
          return;
        }
        pieces.push(...this.flush());
        this.pending = text;
      }
      line(raw, pieces) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        let at = 0;
        let opened = null;
        for (const marker of line.matchAll(log_lines_SECTION_MARKER)) {
          const before = this.text(line.slice(at, marker.index));
          // The text right after a start marker is the section's header.
                    if (opened) opened.header = before; else if (before !== "") pieces.push({
            kind: "line",
            text: before
          });
          opened = null;
          at = marker.index + marker[0].length;
          const name = marker[2];
          if (marker[1] === "end") pieces.push({
            kind: "section-end",
            name: name
          }); else {
            const collapsed = /collapsed=true/.test(marker[3] ?? "");
            opened = {
              kind: "section-start",
              name: name,
              header: "",
              collapsed: collapsed
            };
            pieces.push(opened);
          }
        }
        const rest = this.text(line.slice(at));
        if (opened) opened.header = rest;
        // A line that held only markers is no line; an empty line of the log is one.
         else if (rest !== "" || at === 0) pieces.push({
          kind: "line",
          text: rest
        });
      }
      /** One line's text: its last redraw, erases dropped, colour carried over from the line before. */      text(segment) {
        const last = lastState(segment);
        // A redraw may start with a timestamp header of its own.
                const redrawn = this.timestamped && hasTimestamp(last) ? last.slice(32) : last;
        const shown = redrawn.replace(CSI, (sequence, _params, mid, final) => final === "m" && mid === "" ? sequence : "");
        if (shown === "") return "";
        const carried = this.colour;
        for (const match of shown.matchAll(CSI)) {
          const params = match[1];
          if (/^[0;]*$/.test(params)) this.colour = ""; else if (/^0;/.test(params)) this.colour = match[0]; else if (this.colour.length < 256) this.colour += match[0];
        }
        return `${carried}${shown}${this.colour ? "[0m" : ""}`;
      }
    }
    /** `10%\r50%\r100%` → `100%`: what a terminal shows after the redraws. */    function lastState(text) {
      const cr = text.lastIndexOf("\r");
      if (cr < 0) return text;
      const last = text.slice(cr + 1);
      // "text\r" alone (the line's end not yet here, or a CRLF) keeps the text.
            return last === "" ? lastState(text.slice(0, cr)) : last;
    }
    /** A timestamp header at the start of `text`, checked by position as GitLab does. */    function hasTimestamp(text) {
      return text.length >= 32 && text[26] === "Z" && text[4] === "-" && text[7] === "-" && text[10] === "T" && text[13] === ":" && (text[30] === "E" || text[30] === "O");
    }
    // A job in these is writing its log; in these it ended, and its log is complete.
    const RUNNING = new Set([ "running", "canceling" ]);
    const ENDED = new Set([ "success", "failed", "canceled" ]);
    /**
 * Whether a GitLab honours the trace's `byte_offset`/`byte_limit`, per client (one GitLab each),
 * once an answer proved it either way.
 */    const rangeSupport = new WeakMap;
    /** What is known of `client`'s range support: undefined until an answer proved it. */    const STOP = new Error("enough of this log for now");
    /**
 * Follows the logs of running jobs, reading only what is new at each check (see README, "Live job
 * logs"):
 * - Where GitLab honours `byte_offset`/`byte_limit`, each read asks for the bytes after those
 *   already seen, at most 500 KiB a request. Until that is known, a read asks for fewer bytes
 *   than are already known of the log: a GitLab that ignores the parameters sends the whole log,
 *   which is then longer than asked, so an answer's length proves either way.
 * - Otherwise the log is read again each check and the bytes already seen are skipped, while it
 *   is under `rereadLimitBytes`; a longer one pauses, and when it ends it is read once and its
 *   last lines shown.
 * A job seen ended is read to its end, so the lines it wrote since the last check are not lost.
 * Memory: one read (at most 500 KiB), one held line per job (MAX_LINE_CHARS), and the tail of a
 * log past what is shown (256 Ki characters), whatever the log size.
 */    class LiveLogs {
      client;
      options;
      followed=new Map;
      budget;
      rereadLimit;
      shownLimit;
      tailLines;
      turn=0;
      constructor(client, options) {
        this.client = client;
        this.options = options;
        this.budget = options.checkBudgetBytes ?? 1048576;
        this.rereadLimit = options.rereadLimitBytes ?? 1048576;
        this.shownLimit = options.shownLimitBytes ?? 8388608;
        this.tailLines = options.tailLines ?? 300;
      }
      /**
     * Reads what is new in the logs of `jobs` (with their statuses now), within the budget. Pass
     * the jobs that ended since the last check too, with their final status: their logs are then
     * read to the end. With `final`, every job followed so far is read to its end.
     */      async check(jobs, options) {
        const stats = {
          requests: 0,
          bytes: 0,
          behind: false
        };
        const due = this.due(jobs, options.final === true);
        // Start with a different job each check, so that a budget spent early is fair over time.
                const start = due.length ? this.turn++ % due.length : 0;
        const order = [ ...due.slice(start), ...due.slice(0, start) ];
        let left = options.final ? 1 / 0 : this.budget;
        for (const [index, job] of order.entries()) {
          if (options.signal?.aborted || left <= 0 && index > 0) {
            stats.behind = true;
            break;
          }
          const before = stats.bytes;
          await this.read(job, left, index === 0, options, stats);
          left -= stats.bytes - before;
        }
        return stats;
      }
      /**
     * Jobs whose log is still to be read, as of their statuses now; at the end of the wait, also
     * those followed earlier that `jobs` leaves out, read to the end of what they wrote.
     */      due(jobs, final) {
        const due = [];
        for (const job of jobs) {
          const project = job.project ?? this.options.project;
          const key = `${project}#${job.id}`;
          const running = RUNNING.has(job.status);
          const ended = ENDED.has(job.status);
          let followed = this.followed.get(key);
          if (!followed) {
            // A job that ended without running (canceled before it started) has no log to read.
            if (!running && !(ended && job.duration !== null && job.duration !== 0)) continue;
            followed = {
              ref: {
                id: job.id,
                name: job.name,
                label: job.label ?? job.name,
                web_url: job.web_url
              },
              project: project,
              status: job.status,
              ended: ended,
              offset: 0,
              lines: new LogLineAssembler,
              shown: 0,
              tail: null,
              paused: false,
              failing: false,
              done: false
            };
            this.followed.set(key, followed);
          }
          if (followed.done) continue;
          followed.status = job.status;
          // At the end of the wait a job still running is read as far as it got, and closed.
                    followed.ended = ended || final;
          if (running || ended) due.push(followed);
        }
        if (final) for (const followed of this.followed.values()) if (!followed.done && !due.includes(followed)) {
          followed.ended = true;
          due.push(followed);
        }
        return due;
      }
      /** Reads one job's new bytes, at most `left` (or one re-read, without range support). */      async read(job, left, first, options, stats) {
        const events = [];
        try {
          let atEnd = false;
          for (;;) {
            const support = rangeSupport.get(this.client);
            // Without range support, or before it is known when a single byte is: a whole read
            // (an answer to a range from 1 could not tell a range from a 1-byte log).
                        if (support === false || support === void 0 && job.offset === 1) {
              atEnd = await this.readWhole(job, left, first, options, stats, events);
              break;
            }
            const limit = Math.min(512e3, left);
            const outcome = await this.readRange(job, limit, left, options, stats, events);
            if (outcome === "whole") {
              atEnd = true;
              break;
            }
            left -= outcome.bytes;
            atEnd = outcome.bytes < outcome.asked;
            if (atEnd || left <= 0 || options.signal?.aborted) break;
          }
          if (job.failing) job.failing = false;
          if (atEnd && job.ended) this.finish(job, events); else if (!atEnd && !job.paused) stats.behind = true;
        } catch (error) {
          if (error !== STOP) this.failed(job, error, options, events);
          if (error === STOP || options.signal?.aborted) stats.behind = true;
        } finally {
          // A line held to see whether the next goes on with it is not held past this read.
          if (!job.done) this.route(job, job.lines.flush(), events);
          if (events.length) options.emit(events);
        }
      }
      /**
     * One ranged read from `job.offset`. An answer longer than asked is the whole log from a GitLab
     * that ignores the range: the rest of it is then read as such, and 'whole' returned.
     */      async readRange(job, limit, left, options, stats, events) {
        const unknown = rangeSupport.get(this.client) === void 0;
        // Asking for fewer bytes than are known makes the answer decisive (see the class comment).
                const asked = unknown && job.offset > 1 ? Math.min(limit, job.offset - 1) : limit;
        const chunks = [];
        let received = 0;
        let whole = null;
        stats.requests++;
        await streamJobTraceRange(this.client, job.project, job.ref.id, {
          byteOffset: job.offset,
          byteLimit: asked
        }, chunk => {
          stats.bytes += chunk.length;
          if (whole) return whole(chunk);
          received += chunk.length;
          if (received <= asked) return void chunks.push(chunk);
          // More than asked for: this GitLab ignores byte_offset and is sending the whole log.
                    rangeSupport.set(this.client, false);
          // What it sends beyond the bytes already seen counts against this check's budget.
                    whole = this.skipper(job, Math.max(0, left - job.offset), events);
          for (const held of chunks.splice(0)) whole(held);
          whole(chunk);
        }, {
          retryIf: () => false,
          maxAttempts: 1,
          signal: options.signal
        });
        if (whole) return "whole";
        if (unknown && job.offset > 1) rangeSupport.set(this.client, true);
        for (const chunk of chunks) this.feed(job, chunk, events);
        return {
          bytes: received,
          asked: asked
        };
      }
      /**
     * Reads the whole log, skipping the bytes already seen; returns whether its end was reached.
     * A running job's log is read again only while it is under the reread limit.
     */      async readWhole(job, left, first, options, stats, events) {
        if (!options.final && job.offset > this.rereadLimit) {
          if (!job.paused) {
            job.paused = true;
            job.tail = job.tail ?? new TailRing(this.tailLines);
            events.push({
              job: job.ref,
              kind: "paused",
              bytes: job.offset
            });
          }
          return false;
        }
        // Each re-read costs the bytes already seen: leave it to the next check when they are more
        // than this one has left (unless no other job was read yet, so that every check moves on).
                if (!first && job.offset >= left) return false;
        // The first job of a check always moves on, by a small part at least.
                const allowance = Math.max(left - job.offset, first ? 65536 : 0);
        stats.requests++;
        await streamJobTraceRange(this.client, job.project, job.ref.id, void 0, this.skipper(job, allowance, events, stats), {
          retryIf: () => false,
          maxAttempts: 1,
          signal: options.signal
        });
        return true;
      }
      /**
     * A handler for a whole log's chunks: skips the bytes already seen, feeds the next ones, and
     * ends the read (throwing STOP) after `allowance` new bytes.
     */      skipper(job, allowance, events, stats) {
        let position = 0;
        let taken = 0;
        return chunk => {
          if (stats) stats.bytes += chunk.length;
          const from = Math.max(0, job.offset - position);
          position += chunk.length;
          if (from >= chunk.length) return;
          const fresh = chunk.subarray(from, from + Math.max(0, allowance - taken));
          taken += fresh.length;
          if (fresh.length) this.feed(job, fresh, events);
          if (taken >= allowance) throw STOP;
        };
      }
      feed(job, chunk, events) {
        job.offset += chunk.length;
        const pieces = job.lines.push(chunk);
        if (!job.tail && job.shown + chunk.length > this.shownLimit) job.tail = new TailRing(this.tailLines);
        if (!job.tail) job.shown += chunk.length;
        this.route(job, pieces, events);
      }
      route(job, pieces, events) {
        for (const piece of pieces) if (job.tail) job.tail.add(piece); else events.push({
          job: job.ref,
          ...piece
        });
      }
      finish(job, events) {
        this.route(job, job.lines.end(), events);
        if (job.tail) {
          const {lines: lines, bytes: bytes} = job.tail.dropped;
          if (lines > 0) events.push({
            job: job.ref,
            kind: "skipped",
            lines: lines,
            bytes: bytes
          });
          for (const piece of job.tail.pieces()) events.push({
            job: job.ref,
            ...piece
          });
        }
        events.push({
          job: job.ref,
          kind: "finished",
          status: job.status,
          bytes: job.offset
        });
        job.done = true;
        // Let go of what the job held; only its key stays, so that it is not read again.
                job.lines = new LogLineAssembler;
        job.tail = null;
      }
      failed(job, error, options, events) {
        if (options.signal?.aborted) return;
        const failure = error;
        const message = failure instanceof Error ? failure.message : String(error);
        // No access to the log, or the job is gone: asking again would give the same answer.
                const final = failure.status === 401 || failure.status === 403 || failure.status === 404;
        if (final || !job.failing) events.push({
          job: job.ref,
          kind: "unreadable",
          message: message,
          final: final
        });
        job.failing = true;
        if (final) this.finish(job, events);
      }
    }
    /** The last pieces of a log: a bounded number of lines, and of characters (256 Ki at most). */    class TailRing {
      size;
      ring=[];
      chars=0;
      dropped={
        lines: 0,
        bytes: 0
      };
      constructor(size) {
        this.size = size;
      }
      add(piece) {
        this.ring.push(piece);
        this.chars += piece.kind === "line" ? piece.text.length : 0;
        while (this.ring.length > this.size || this.chars > 262144 && this.ring.length > 1) {
          const gone = this.ring.shift();
          if (gone?.kind !== "line") continue;
          this.chars -= gone.text.length;
          this.dropped.lines++;
          this.dropped.bytes += Buffer.byteLength(gone.text) + 1;
        }
      }
      pieces() {
        return this.ring;
      }
    }
    // CONCATENATED MODULE: external "node:fs"
    const external_node_fs_namespaceObject = require("node:fs");
    // CONCATENATED MODULE: external "node:fs/promises"
    const promises_namespaceObject = require("node:fs/promises");
    // CONCATENATED MODULE: external "node:os"
    const external_node_os_namespaceObject = require("node:os");
    // CONCATENATED MODULE: ./src/run/results/glob.ts
    // The globs of `artifacts: JOB:GLOB`, matched against the paths inside an artifacts archive
    // (always `/`-separated). Our own few lines: path.matchesGlob is missing before Node 20.17 and
    // experimental where it exists.
    // `*` matches within one path segment, `?` one character of it, `**` any number of segments
    // (`dist/**` is everything below `dist`, `**/*.xml` every `.xml` file at any depth). Anything
    // else, braces and brackets included, is taken literally.
    function globToRegExp(glob) {
      let source = "";
      for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === "*" && glob[i + 1] === "*") {
          const segmentStart = i === 0 || glob[i - 1] === "/";
          const segmentEnd = i + 2 === glob.length || glob[i + 2] === "/";
          if (segmentStart && segmentEnd) {
            if (i + 2 === glob.length) 
            // A trailing `**`: everything below.
            source += ".*"; else {
              // `**/`: zero or more whole segments.
              source += "(?:[^/]*/)*";
              i++;
 // the `/` after `**` is part of the group
                        }
            i++;
            continue;
          }
          source += "[^/]*";
          i++;
          continue;
        }
        if (char === "*") source += "[^/]*"; else if (char === "?") source += "[^/]"; else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
      }
      return new RegExp(`^${source}$`);
    }
    /**
 * Whether an archive path is selected by the glob: the path itself matches, or one of its
 * directories does (`dist` selects `dist/app.js`, as a directory named in artifacts:paths does).
 */    function pathMatches(path, glob) {
      if (glob.test(path)) return true;
      for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) if (glob.test(path.slice(0, slash))) return true;
      return false;
    }
    // EXTERNAL MODULE: external "node:stream"
        var external_node_stream_ = __nccwpck_require__(7075);
    // CONCATENATED MODULE: external "node:stream/promises"
    const external_node_stream_promises_namespaceObject = require("node:stream/promises");
    // EXTERNAL MODULE: ./node_modules/yauzl/index.js
        var yauzl = __nccwpck_require__(663);
    // CONCATENATED MODULE: ./src/run/results/zip-extract.ts
    /** 1 GiB in 100,000 entries at most: far above a build's artifacts, far below a runner's disk. */
    const DEFAULT_EXTRACT_LIMITS = {
      maxTotalBytes: 1073741824,
      maxEntries: 1e5
    };
    /** An archive refused as a whole; `entry` names the entry when one is to blame. */    class ArchiveError extends Error {
      problem;
      entry;
      constructor(problem, message, entry, options) {
        super(message, options);
        this.problem = problem;
        this.entry = entry;
        this.name = "ArchiveError";
      }
    }
    /**
 * Extracts the zip at `zipPath` into `destination` (an existing, empty directory). Every entry is
 * checked before anything is written: a hostile one fails the whole archive with an ArchiveError
 * naming it. Files are created exclusively, so an entry listed twice is refused too.
 */
    async function extractZip(zipPath, destination, options = {}) {
      const limits = {
        ...DEFAULT_EXTRACT_LIMITS,
        ...options.limits
      };
      const root = external_node_path_namespaceObject.resolve(destination);
      let zip;
      try {
        zip = await yauzl.openPromise(zipPath, {
          lazyEntries: true,
          autoClose: false,
          // Names are decoded and judged below, so that the error is ours and names the entry.
          decodeStrings: false,
          validateEntrySizes: true
        });
      } catch (error) {
        throw new ArchiveError("unreadable", `the archive is not a readable zip (${message(error)})`, void 0, {
          cause: error
        });
      }
      try {
        if (zip.entryCount > limits.maxEntries) throw new ArchiveError("too-large", `the archive lists ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
        const planned = await plan(zip, root, limits, options.select);
        const totalBytes = planned.reduce((sum, item) => sum + item.entry.uncompressedSize, 0);
        return await write(zip, root, planned, totalBytes, options);
      } finally {
        zip.close();
      }
    }
    /** Reads the central directory, checks every entry, and keeps the selected ones. */    async function plan(zip, root, limits, select) {
      const planned = [];
      let total = 0;
      try {
        for await (const entry of zip.eachEntry()) {
          const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
          const directory = name.endsWith("/");
          const relative = directory ? name.slice(0, -1) : name;
          // Some tools list the archive's root as `./`: nothing to create.
                    if (directory && external_node_path_namespaceObject.posix.normalize(relative) === ".") continue;
          const unsafe = unsafeName(relative, root);
          if (unsafe) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" ${unsafe}`, name);
          const mode = entry.externalFileAttributes >>> 16;
          const type = mode & 61440;
          if (type === 40960) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" is a symbolic link; links are not extracted, so that nothing can point outside the directory`, name);
          if (type !== 0 && type !== 32768 && type !== 16384) throw new ArchiveError("unsafe-entry", `the entry "${printable(name)}" is not a file or a directory`, name);
          const isDirectory = directory || type === 16384;
          if (!isDirectory && entry.isEncrypted()) throw new ArchiveError("unreadable", `the entry "${printable(name)}" is encrypted`, name);
          if (!isDirectory && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new ArchiveError("unreadable", `the entry "${printable(name)}" uses compression method ${entry.compressionMethod}; only stored and deflated entries can be read`, name);
          const clean = external_node_path_namespaceObject.posix.normalize(relative);
 // `a/./b` and `a//b` are `a/b`
                    if (select && !select(clean)) continue;
          if (!isDirectory) {
            total += entry.uncompressedSize;
            if (total > limits.maxTotalBytes) throw new ArchiveError("too-large", `the entry "${printable(name)}" (${entry.uncompressedSize} bytes) takes the files extracted past ${limits.maxTotalBytes} bytes, the limit`, name);
          }
          planned.push({
            entry: entry,
            name: clean,
            directory: isDirectory,
            executable: (mode & 73) !== 0
          });
        }
      } catch (error) {
        if (error instanceof ArchiveError) throw error;
        throw new ArchiveError("unreadable", `the archive is damaged (${message(error)})`, void 0, {
          cause: error
        });
      }
      return planned;
    }
    /** Why an entry's path would leave `root` or cannot be written safely, or undefined. */    function unsafeName(name, root) {
      if (name === "") return "has an empty name";
      // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u001f\u007f]/.test(name)) return "has a control character in its name";
      if (name.startsWith("/")) return "has an absolute path";
      if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
      if (name.split("/").includes("..")) return 'contains ".." and would leave the directory';
      // Windows reads `name:stream` as an alternate data stream of `name`.
            if (process.platform === "win32" && name.includes(":")) return 'contains ":"';
      const target = external_node_path_namespaceObject.resolve(root, name);
      if (target === root || !target.startsWith(root + external_node_path_namespaceObject.sep)) return "would leave the directory once normalised";
      return;
    }
    async function write(zip, root, planned, totalBytes, options) {
      const step = options.progressStepBytes ?? 33554432;
      const files = [];
      let bytes = 0;
      let reported = 0;
      for (const item of planned) {
        options.signal?.throwIfAborted();
        const target = external_node_path_namespaceObject.resolve(root, item.name);
        if (item.directory) {
          await (0, promises_namespaceObject.mkdir)(target, {
            recursive: true
          });
          continue;
        }
        await (0, promises_namespaceObject.mkdir)(external_node_path_namespaceObject.dirname(target), {
          recursive: true
        });
        const counter = new external_node_stream_.Transform({
          transform(chunk, _encoding, done) {
            bytes += chunk.length;
            if (options.onProgress && bytes - reported >= step) {
              reported = bytes;
              options.onProgress(bytes, totalBytes);
            }
            done(null, chunk);
          }
        });
        try {
          const data = await zip.openReadStreamPromise(item.entry);
          await (0, external_node_stream_promises_namespaceObject.pipeline)(data, counter, 
          // `wx`: a second entry of the same name (or a case-folded twin) fails instead of overwriting.
          // `wx`: a second entry of the same name (or a case-folded twin) fails instead of overwriting.
          (0, external_node_fs_namespaceObject.createWriteStream)(target, {
            flags: "wx",
            mode: item.executable ? 493 : 420
          }), {
            signal: options.signal
          });
        } catch (error) {
          if (options.signal?.aborted) throw error;
          throw entryWriteError(item.name, error);
        }
        files.push(item.name);
      }
      options.onProgress?.(bytes, totalBytes);
      return {
        files: files,
        bytes: bytes
      };
    }
    function entryWriteError(name, error) {
      const text = message(error);
      const shown = printable(name);
      // yauzl's validateEntrySizes: "too many bytes in the stream. expected N. got at least M".
            if (/too many bytes/i.test(text)) return new ArchiveError("zip-bomb", `the entry "${shown}" inflates past the size its header declares (${text}); the archive is refused`, name, {
        cause: error
      });
      const code = error.code;
      if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR") return new ArchiveError("unsafe-entry", `the entry "${shown}" collides with another entry of the archive (${code})`, name, {
        cause: error
      });
      return new ArchiveError("unreadable", `the entry "${shown}" could not be extracted (${text})`, name, {
        cause: error
      });
    }
    // eslint-disable-next-line no-control-regex
        const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
    /** A name from the archive as it can be shown on one line (control characters escaped). */    function printable(name) {
      return name.replace(CONTROL_CHARACTERS, char => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
    }
    function message(error) {
      return error instanceof Error ? error.message : String(error);
    }
    // CONCATENATED MODULE: ./src/run/results/artifacts.ts
    // `artifacts: JOB` or `JOB:GLOB`: a job's artifacts archive, streamed to a temporary file and
    // extracted under `artifacts-dir/JOB/` (docs/contract.md section 3.8).
    // eslint-disable-next-line no-control-regex
    const NOT_IN_A_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
    /**
 * The directory a job's files go to, one path segment: `/`, `\`, `:` and the other characters
 * Windows forbids become `_`, as do names that are only dots. Two jobs whose names differ only
 * there would share a directory: the caller should refuse that.
 */    function jobDirectoryName(job) {
      const name = job.replace(NOT_IN_A_FILE_NAME, "_").replace(/[. ]+$/, m => "_".repeat(m.length));
      return name === "" || /^\.+$/.test(name) ? "_" : name;
    }
    /** Most bytes of an archive downloaded before it is refused (the compressed size). */    
    /** Why a job's artifacts could not be brought in; names the job, and the entry when one is to blame. */
    class ArtifactsError extends Error {
      problem;
      job;
      entry;
      constructor(problem, job, detail, entry, options) {
        super(`artifacts of ${job}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.entry = entry;
        this.name = "ArtifactsError";
      }
    }
    /**
 * Downloads the job's archive to a temporary file (never into memory), extracts it into a fresh
 * directory beside the target, and only when every entry was written swaps that directory in for
 * `<artifactsDir>/<job>/` (replacing what an earlier run left there). A refused archive leaves
 * nothing behind. Throws ArtifactsError; an abort rejects with the signal's reason.
 */    async function downloadArtifacts(client, project, job, options) {
      const dir = external_node_path_namespaceObject.resolve(options.artifactsDir, jobDirectoryName(job.name));
      const step = options.progressStepBytes ?? 33554432;
      const scratch = await (0, promises_namespaceObject.mkdtemp)(external_node_path_namespaceObject.join(options.tempDir ?? external_node_os_namespaceObject.tmpdir(), "gitlab-artifacts-"));
      let staging;
      try {
        const archive = external_node_path_namespaceObject.join(scratch, "artifacts.zip");
        await download(client, project, job, archive, options, step);
        options.signal?.throwIfAborted();
        await (0, promises_namespaceObject.mkdir)(options.artifactsDir, {
          recursive: true
        });
        staging = await (0, promises_namespaceObject.mkdtemp)(external_node_path_namespaceObject.join(options.artifactsDir, `.${external_node_path_namespaceObject.basename(dir)}.partial-`));
        const glob = options.glob === void 0 ? void 0 : globToRegExp(options.glob);
        let extracted;
        try {
          extracted = await extractZip(archive, staging, {
            select: glob ? name => pathMatches(name, glob) : void 0,
            limits: options.limits,
            signal: options.signal,
            progressStepBytes: step,
            onProgress: (bytes, totalBytes) => options.onProgress?.({
              job: job.name,
              phase: "extract",
              bytes: bytes,
              totalBytes: totalBytes
            })
          });
        } catch (error) {
          if (error instanceof ArchiveError) throw new ArtifactsError(error.problem, job.name, error.message, error.entry, {
            cause: error
          });
          throw error;
        }
        await (0, promises_namespaceObject.rm)(dir, {
          recursive: true,
          force: true
        });
        await (0, promises_namespaceObject.rename)(staging, dir);
        staging = void 0;
        return {
          dir: dir,
          files: extracted.files,
          bytes: extracted.bytes
        };
      } finally {
        if (staging) await (0, promises_namespaceObject.rm)(staging, {
          recursive: true,
          force: true
        });
        await (0, promises_namespaceObject.rm)(scratch, {
          recursive: true,
          force: true
        });
      }
    }
    // Restarts of a download cut short after its first byte (the client retries only before it):
    // the archive is read again from its beginning, as no byte range can be asked for.
        const MAX_DOWNLOAD_STARTS = 3;
    async function download(client, project, job, file, options, step) {
      const retry = options.retry ? {
        ...options.retry,
        signal: options.signal ?? options.retry.signal
      } : options.signal ? {
        maxAttempts: 1,
        retryIf: () => false,
        signal: options.signal
      } : void 0;
      for (let start = 1; ;start++) {
        const received = {
          bytes: 0
        };
        try {
          await downloadOnce(client, project, job, file, options, step, retry, received);
          return;
        } catch (error) {
          if (error instanceof ArtifactsError) throw error;
          if (options.signal?.aborted) throw options.signal.reason;
          const again = error instanceof GitLabError && received.bytes > 0 && start < MAX_DOWNLOAD_STARTS && retry !== void 0 && retry.retryIf(error) && (retry.deadline === void 0 || Date.now() < retry.deadline);
          if (again) continue;
          if (error instanceof GitLabError && error.status === 404) throw new ArtifactsError("missing", job.name, `job ${job.id} has no artifacts archive (GitLab answered 404): the job kept no artifacts:paths, or they expired or were erased`, void 0, {
            cause: error
          });
          throw new ArtifactsError("gitlab", job.name, error instanceof Error ? error.message : String(error), void 0, {
            cause: error
          });
        }
      }
    }
    async function downloadOnce(client, project, job, file, options, step, retry, received) {
      const maxBytes = options.maxArchiveBytes ?? 1073741824;
      // Written as each chunk arrives, synchronously: nothing waits in memory for a slow disk.
            const fd = (0, external_node_fs_namespaceObject.openSync)(file, "w", 384);
      let reported = 0;
      try {
        await streamJobArtifactsArchive(client, project, job.id, chunk => {
          received.bytes += chunk.length;
          if (received.bytes > maxBytes) throw new ArtifactsError("too-large", job.name, `the archive is larger than ${maxBytes} bytes, the most downloaded; narrow the job's artifacts:paths`);
          (0, external_node_fs_namespaceObject.writeSync)(fd, chunk);
          if (received.bytes - reported >= step) {
            reported = received.bytes;
            options.onProgress?.({
              job: job.name,
              phase: "download",
              bytes: received.bytes
            });
          }
        }, retry);
      } finally {
        (0, external_node_fs_namespaceObject.closeSync)(fd);
      }
      options.onProgress?.({
        job: job.name,
        phase: "download",
        bytes: received.bytes
      });
    }
    /**
 * Outputs the action sets itself. GitHub compares output names without regard to case, so a key
 * such as `STATUS` would stand for `status` too: such a key is kept in `job-outputs` but not set
 * as an output of its own (`clashes`), so the action's own output keeps its meaning.
 */
    const ACTION_OUTPUT_NAMES = [ "pipeline-id", "pipeline-iid", "web-url", "project-id", "sha", "ref", "status", "duration", "jobs", "job-outputs", "artifacts-dir", "pipelines" ];
    /** GitHub's rule for an output name (the runner's file command accepts no other). */    const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
    /** Why `outputs-from` could not read a file; names the job and the path. */    class JobOutputsError extends Error {
      problem;
      job;
      path;
      constructor(problem, job, path, detail, options) {
        super(`outputs-from ${job}:${path}: ${detail}`, options);
        this.problem = problem;
        this.job = job;
        this.path = path;
        this.name = "JobOutputsError";
      }
    }
    /**
 * Reads `path` from the artifacts of `job` (streamed, refused past `maxBytes`) and parses it with
 * parseJobOutputs. Throws JobOutputsError naming the job and the path; once the signal aborts,
 * rejects with its reason.
 */    async function readJobOutputs(client, project, job, path, options = {}) {
      const maxBytes = options.maxBytes ?? 1048576;
      const chunks = [];
      let size = 0;
      const tooLarge = () => new JobOutputsError("too-large", job.name, path, `the file is larger than ${job_outputs_formatBytes(maxBytes)}, the most outputs-from reads; write only the values the workflow needs into it`);
      const retry = options.retry ?? (options.signal ? {
        maxAttempts: 1,
        retryIf: () => false,
        signal: options.signal
      } : void 0);
      try {
        await streamJobArtifactFile(client, project, job.id, path, chunk => {
          size += chunk.length;
          if (size > maxBytes) throw tooLarge();
          chunks.push(chunk);
        }, retry);
      } catch (error) {
        if (error instanceof JobOutputsError) throw error;
        if (retry?.signal?.aborted) throw retry.signal.reason;
        if (error instanceof GitLabError && error.status === 404) 
        // GitLab answers 404 alike for an unknown job, a job without artifacts (expired, erased, or
        // none kept) and a path not in the archive (docs/gitlab.md, "Artifacts, manual jobs, retry").
        throw new JobOutputsError("missing", job.name, path, `job ${job.id} has no such file in its artifacts (GitLab answered 404). List the file under the job's artifacts:paths (an artifacts:reports:dotenv file alone is not in the archive), and check that the artifacts have not expired`, {
          cause: error
        });
        const detail = error instanceof Error ? error.message : String(error);
        throw new JobOutputsError("gitlab", job.name, path, detail, {
          cause: error
        });
      }
      return parseJobOutputs(Buffer.concat(chunks), {
        job: job.name,
        path: path
      });
    }
    /**
 * Turns a file's bytes into outputs: `.json` as one flat object of strings, numbers and booleans,
 * anything else as dotenv (`KEY=VALUE`, `#` comments, quotes, `export`) read by Node's own
 * `util.parseEnv` (Node 20.12 and later). Throws JobOutputsError naming the job and the path.
 */    function parseJobOutputs(bytes, where) {
      const fail = (problem, detail) => new JobOutputsError(problem, where.job, where.path, detail);
      let text;
      try {
        text = new TextDecoder("utf-8", {
          fatal: true
        }).decode(bytes);
      } catch {
        throw fail("unreadable", "the file is not UTF-8 text");
      }
      text = text.replace(/^\uFEFF/, "");
      const entries = where.path.toLowerCase().endsWith(".json") ? jsonEntries(text, fail) : dotenvEntries(text, fail);
      const values = {};
      const masked = new Set;
      const clashes = [];
      const ownNames = new Set(ACTION_OUTPUT_NAMES.map(name => name.toLowerCase()));
      for (const [key, value] of entries) {
        if (!OUTPUT_NAME.test(key)) throw fail("invalid", `the key ${JSON.stringify(key)} is not a valid output name: start with a letter or _, then use letters, digits, _ and - only, e.g. DEPLOY_URL`);
        // defineProperty: a key such as __proto__ is an ordinary key here.
                Object.defineProperty(values, key, {
          value: value,
          enumerable: true,
          writable: true
        });
        if (ownNames.has(key.toLowerCase())) clashes.push(key);
        for (const secret of secretsIn(key, value)) masked.add(secret);
      }
      return {
        values: values,
        masked: [ ...masked ],
        clashes: clashes
      };
    }
    function jsonEntries(text, fail) {
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw fail("unreadable", `the file is not valid JSON (${error.message})`);
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw fail("invalid", 'the JSON is not an object; write one flat object, e.g. {"DEPLOY_URL": "https://…", "REPLICAS": 3}');
      return Object.entries(parsed).map(([key, value]) => {
        if (typeof value === "string") return [ key, value ];
        if (typeof value === "number" || typeof value === "boolean") return [ key, String(value) ];
        const kind = value === null ? "null" : Array.isArray(value) ? "a list" : "an object";
        throw fail("invalid", `the value of ${JSON.stringify(key)} is ${kind}; outputs-from reads a flat object of strings, numbers and booleans`);
      });
    }
    function dotenvEntries(text, fail) {
      // util.parseEnv came in Node 20.12; the action runs on Node 24, the CLI may meet an older Node.
      const parseEnv = external_node_util_.parseEnv;
      if (!parseEnv) throw fail("unreadable", `reading a dotenv file needs Node 20.12 or later (${process.version})`);
      return Object.entries(parseEnv(text));
    }
    // GitLab's own token prefixes (src/gitlab/token-prefixes.ts), then GitHub's.
        const TOKEN_PATTERN = new RegExp(`(?:${[ ...GITLAB_TOKEN_PREFIXES.map(prefix => `${prefix}-`), LEGACY_RUNNER_TOKEN_PREFIX, "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_" ].join("|")})[A-Za-z0-9_.-]{8,}`, "g");
    // A JSON Web Token (header.payload.signature, both JSON parts base64url of `{"`).
        const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g;
    const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
    // Keys whose name says the value is a secret. GitLab's masked CI/CD variables cannot be told
    // from here: the dotenv file holds their plain value, and reading the job's project's variables
    // (GET /projects/:id/variables) needs the Maintainer role and the api scope, far more than
    // read_api; a "masked and hidden" variable's value is never given out at all. So the name of the
    // key stands in for GitLab's masked flag.
        const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|AUTH(?!OR)/i;
    // GitLab masks no value shorter than 8 characters; masking a short one would star out every
    // occurrence of, say, "true" in the log.
        const MIN_MASKED_BY_NAME = 8;
    /**
 * What to mask for one key: the whole value when its key says secret (8 characters or more) or
 * when it holds a token or a private key; then also each token alone, and each line of a
 * multi-line value (the runner masks line by line). No guess by entropy: digests, ids and URLs
 * look random, and GitHub drops a masked value from job outputs, which would break the chain.
 */    function secretsIn(key, value) {
      const tokens = [ ...value.matchAll(TOKEN_PATTERN), ...value.matchAll(JWT_PATTERN) ].map(match => match[0]);
      const namedSecret = SECRET_KEY.test(key) && value.trim().length >= MIN_MASKED_BY_NAME;
      if (tokens.length === 0 && !PRIVATE_KEY.test(value) && !namedSecret) return [];
      const lines = value.split(/\r\n|\r|\n/).map(line => line.trim()).filter(line => line !== "");
      return [ value, ...lines.length > 1 ? lines : [], ...tokens ];
    }
    function job_outputs_formatBytes(bytes) {
      if (bytes % 1048576 === 0) return bytes / 1048576 + " MiB";
      if (bytes % 1024 === 0) return bytes / 1024 + " KiB";
      return `${bytes} bytes`;
    }
    // CONCATENATED MODULE: ./src/run/results/collect-results.ts
    /**
 * The newest job of that name (bridges have no artifacts) that succeeded or was allowed to fail;
 * otherwise why not.
 */
    function finishedJobNamed(jobs, name) {
      const named = jobs.filter(job => job.name === name && !("downstream_pipeline" in job)).sort((a, b) => b.id - a.id);
      const newest = named[0];
      if (!newest) return "the pipeline has no job of that name";
      if (newest.status === "success" || newest.status === "failed" && newest.allow_failure) return {
        id: newest.id,
        name: newest.name,
        pipeline_id: newest.pipeline_id
      };
      return `job ${newest.id} ended ${newest.status}, so its artifacts are not read (only a job that succeeded or was allowed to fail)`;
    }
    /** The project of a job's pipeline: a multi-project downstream job lives in another one. */    function projectOfJob(context, job) {
      const pipeline = context.pipelines?.find(candidate => candidate.id === job.pipeline_id);
      return pipeline ? String(pipeline.project_id) : context.project;
    }
    /** Reads outputs-from files and downloads artifacts; never throws for what GitLab sends. */    async function collectResults(context) {
      const {settings: settings, log: log, clock: clock} = context;
      const collected = {
        maskedValues: [],
        outputClashes: [],
        problems: []
      };
      if (settings.outputsFrom.length === 0 && settings.artifacts.length === 0) return collected;
      // Ends with the run's cancellation or at the step's end, whatever GitLab does.
            const limit = timeLimit(Math.max(0, context.deadline - clock.now()), context.signal);
      const retry = quickReadPolicy({
        deadline: context.deadline,
        signal: limit.signal,
        clock: clock
      });
      try {
        if (settings.outputsFrom.length > 0) await readOutputs(context, collected, retry);
        if (settings.artifacts.length > 0) await readArtifacts(context, collected, retry, limit.signal);
      } finally {
        limit.dispose();
      }
      for (const problem of collected.problems) log.error(problem, "GitLab results not read");
      return collected;
    }
    async function readOutputs(context, collected, retry) {
      const {client: client, jobs: jobs, settings: settings, log: log} = context;
      const values = {};
      for (const request of settings.outputsFrom) {
        if (retry.signal?.aborted) {
          collected.problems.push(`outputs-from ${request.job}:${request.path}: not read, the time limit was reached or the run was cancelled`);
          continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === "string") {
          collected.problems.push(`outputs-from ${request.job}:${request.path}: ${job}`);
          continue;
        }
        try {
          const read = await readJobOutputs(client, projectOfJob(context, job), job, request.path, {
            retry: retry
          });
          for (const [key, value] of Object.entries(read.values)) Object.defineProperty(values, key, {
            value: value,
            enumerable: true,
            writable: true
          });
          collected.maskedValues.push(...read.masked);
          collected.outputClashes.push(...read.clashes);
          log.info(`Read ${Object.keys(read.values).length} output(s) from ${request.path} of job ${job.name} (#${job.id})`);
        } catch (error) {
          collected.problems.push(error instanceof JobOutputsError ? error.message : `outputs-from ${request.job}:${request.path}: not read (${collect_results_reasonOf(error)})`);
        }
      }
      collected.jobOutputs = values;
      const clashes = [ ...new Set(collected.outputClashes) ];
      collected.outputClashes = clashes;
      if (clashes.length > 0) log.warning(`outputs-from: ${clashes.join(", ")} would stand for the action's own output(s) of that name, so they are only in job-outputs; rename them in the file to have outputs of their own`, "outputs-from key clashes");
    }
    async function readArtifacts(context, collected, retry, signal) {
      const {client: client, jobs: jobs, settings: settings, log: log} = context;
      const dir = external_node_path_namespaceObject.resolve(context.settings.workspace ?? process.cwd(), settings.artifactsDir);
      collected.artifactsDir = dir;
      const names = new Set(jobs.map(job => job.name));
      const directories = new Map;
      for (const raw of settings.artifacts) {
        const request = resolveArtifactsRequest(raw, names);
        const where = `artifacts ${request.line}`;
        if (signal.aborted) {
          collected.problems.push(`${where}: not downloaded, the time limit was reached or the run was cancelled`);
          continue;
        }
        const job = finishedJobNamed(jobs, request.job);
        if (typeof job === "string") {
          collected.problems.push(`${where}: ${job}`);
          continue;
        }
        // Two jobs whose names differ only in characters a file name cannot hold would share one.
                const directory = jobDirectoryName(job.name);
        const other = directories.get(directory);
        if (other !== void 0 && other !== job.name) {
          collected.problems.push(`${where}: jobs ${other} and ${job.name} would both go to ${directory}/; download them in separate steps with different artifacts-dir`);
          continue;
        }
        directories.set(directory, job.name);
        log.info(`Downloading the artifacts of job ${job.name} (#${job.id}) into ${external_node_path_namespaceObject.join(dir, directory)}`);
        try {
          const extracted = await downloadArtifacts(client, projectOfJob(context, job), job, {
            artifactsDir: dir,
            glob: request.glob,
            tempDir: context.tempDir,
            retry: retry,
            signal: signal,
            onProgress: progress => log.info(`${progress.job}: ${progress.phase === "download" ? "downloaded" : "extracted"} ${megabytes(progress.bytes)}${progress.totalBytes ? ` of ${megabytes(progress.totalBytes)}` : ""}`)
          });
          log.info(`Extracted ${extracted.files.length} file(s), ${megabytes(extracted.bytes)}, of job ${job.name} into ${extracted.dir}`);
        } catch (error) {
          collected.problems.push(error instanceof ArtifactsError ? error.message : `${where}: not downloaded (${collect_results_reasonOf(error)})`);
        }
      }
    }
    const megabytes = bytes => `${(bytes / 1048576).toFixed(1)} MiB`;
    function collect_results_reasonOf(error) {
      if (error instanceof Error && error.name === "AbortError") return "the time limit was reached or the run was cancelled";
      return error instanceof Error ? error.message : String(error);
    }
    // CONCATENATED MODULE: ./src/gitlab/control.ts
    // Requests that act on a pipeline the run follows or finds again: play a manual job, retry a
    // pipeline, list recent pipelines and read a pipeline's variables (docs/gitlab.md, "Artifacts,
    // manual jobs, retry").
    const control_projectPath = project => `/projects/${projectSegment(project)}`
    /** `POST /projects/:id/jobs/:job_id/play`: starts a manual job (needs the api scope). */;
    const playJob = async (client, project, jobId, retry) => (await client.request({
      method: "POST",
      path: `${control_projectPath(project)}/jobs/${jobId}/play`,
      schema: jobSchema,
      what: "job",
      operation: "play"
    }, retry)).data;
    /** `POST /projects/:id/pipelines/:id/retry`: runs its failed and canceled jobs again. */    const retryPipeline = async (client, project, pipelineId, retry) => (await client.request({
      method: "POST",
      path: `${control_projectPath(project)}/pipelines/${pipelineId}/retry`,
      schema: pipelineSchema,
      what: "pipeline",
      operation: "retry"
    }, retry)).data;
    const pipelineListItem = object({
      id: schemas_number(),
      status: schemas_string(),
      ref: schemas_nullish(schemas_string()),
      source: schemas_nullish(schemas_string())
    });
    /** One page of `GET /projects/:id/pipelines`, newest first, with GitLab's filters. */    const listPipelines = async (client, project, query, retry) => (await client.request({
      method: "GET",
      path: `${control_projectPath(project)}/pipelines`,
      query: query,
      schema: array(pipelineListItem),
      what: "pipelines",
      operation: "read"
    }, retry)).data;
    const pipelineVariable = object({
      key: schemas_string(),
      value: schemas_nullish(schemas_string())
    });
    /** `GET /projects/:id/pipelines/:id/variables`: the variables the pipeline was created with. */    const getPipelineVariables = async (client, project, pipelineId, retry) => (await client.request({
      method: "GET",
      path: `${control_projectPath(project)}/pipelines/${pipelineId}/variables`,
      schema: array(pipelineVariable),
      what: "variables",
      operation: "read"
    }, retry)).data;
    // CONCATENATED MODULE: ./src/run/control/play-manual.ts
    // play-manual: start the named manual jobs (or with `*` every manual job that blocks the
    // pipeline) when the wait sees them, then keep waiting (docs/contract.md, "Manual jobs").
    /** The manual jobs to play now: named ones, or with `*` the blocking ones (allow_failure false). */
    function jobsToPlay(jobs, names, played) {
      if (names.length === 0) return [];
      const all = names.includes("*");
      return jobs.filter(job => job.status === "manual" && !played.has(job.id) && (all ? !job.allow_failure : names.includes(job.name)));
    }
    /**
 * Plays each job once. A refusal (a protected environment, a role that may not run it) is an
 * error in the log and the wait goes on: the pipeline then ends `manual`, which the report shows.
 */    async function playManualJobs(client, project, jobs, played, log, retry) {
      for (const job of jobs) {
        played.add(job.id);
        try {
          await playJob(client, project, job.id, retry);
          log.notice(`Played the manual job ${job.stage} › ${job.name} (#${job.id}) as asked by play-manual: ${job.web_url}`, `Played ${job.name}`);
        } catch (error) {
          if (!(error instanceof GitLabError)) throw error;
          log.error(`Could not play the manual job ${job.name} (#${job.id}): ${error.message}`, `Manual job ${job.name} not played`);
        }
      }
    }
    // CONCATENATED MODULE: ./src/run/start/rerun.ts
    // on-rerun: reuse. Every pipeline the action triggers (with an api-token) carries a marker
    // variable naming the GitHub run and step; a re-run of that run looks for it among the project's
    // recent triggered pipelines on the ref and follows it instead of triggering a second one
    // (docs/contract.md, "Re-runs").
    /** The variable that marks a pipeline with the run and step that triggered it. */
    const RERUN_MARKER = "GITLAB_TRIGGER_AND_WAIT_RUN";
    /** Pipelines listed (one page, newest first) and variables read, at most, to find the earlier one. */    
    /**
 * The newest pipeline on the ref, triggered within GitHub's re-run window, whose marker is this
 * step's: one list request and at most RERUN_SEARCH_PIPELINES variable reads. Undefined when none
 * is found or the search cannot be made (said in the log); never a pipeline with another marker.
 */
    async function findEarlierPipeline(client, settings, marker, log, clock, signal) {
      const retry = quickReadPolicy({
        signal: signal,
        clock: clock
      });
      const since = new Date(clock.now() - 26784e5).toISOString();
      try {
        const pipelines = await listPipelines(client, settings.project, {
          ref: settings.ref,
          source: "trigger",
          updated_after: since,
          per_page: 20
        }, retry);
        let hidden = 0;
        for (const candidate of pipelines.slice(0, 20)) {
          let variables;
          try {
            variables = await getPipelineVariables(client, settings.project, candidate.id, retry);
          } catch (error) {
            // Variables are readable only to Maintainers and to the pipeline's triggerer: another
            // user's pipeline may be hidden while this step's own is not.
            if (error instanceof GitLabError && error.status === 403) {
              hidden++;
              continue;
            }
            throw error;
          }
          if (variables.some(v => v.key === RERUN_MARKER && v.value === marker)) return candidate.id;
        }
        if (hidden > 0 && hidden === pipelines.length) log.warning(`on-rerun: the api-token may not read the variables of the ${hidden} pipeline(s) triggered on ${settings.ref}, so the pipeline of an earlier attempt cannot be found: triggering a new one. Reading pipeline variables needs the Maintainer role, or the Developer role for the trigger token's owner`, "Re-run: earlier pipeline not found"); else log.info(`on-rerun: no pipeline of an earlier attempt among the ${pipelines.length} newest triggered on ${settings.ref}: triggering a new one`);
      } catch (error) {
        if (!(error instanceof GitLabError)) throw error;
        log.warning(`on-rerun: could not look for the pipeline of an earlier attempt (${error.message}); triggering a new one`, "Re-run: earlier pipeline not found");
      }
      return;
    }
    /**
 * The earlier attempt's pipeline, made ready to follow: a failed or canceled one has its failed
 * and canceled jobs retried; any other is taken as it is.
 */    async function reuseEarlierPipeline(client, settings, id, log, clock, signal) {
      const retry = quickReadPolicy({
        signal: signal,
        clock: clock
      });
      const found = await getPipeline(client, settings.project, id, retry);
      if (found.status !== "failed" && found.status !== "canceled") {
        log.notice(`This is a re-run: following pipeline #${found.id} (${found.status}) that an earlier attempt triggered, instead of triggering another: ${found.web_url}`, "GitLab pipeline of an earlier attempt");
        return {
          pipeline: found,
          retried: false
        };
      }
      // Not retried on failure: a retry GitLab received but whose answer was lost must not be repeated.
            const pipeline = await retryPipeline(client, settings.project, id, {
        ...retry,
        maxAttempts: 1
      });
      log.notice(`This is a re-run: pipeline #${found.id} of an earlier attempt ended ${found.status}; its failed and canceled jobs were retried, and it is followed again: ${found.web_url}`, "GitLab pipeline of an earlier attempt retried");
      return {
        pipeline: pipeline,
        retried: true
      };
    }
    /**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */
    async function triggerAndFollow(settings, {log: log, hooks: hooks = {}, signal: signal, clock: clock = clock_realClock, tempDir: tempDir}) {
      const run = {
        settings: settings,
        log: log,
        hooks: hooks,
        signal: signal,
        clock: clock,
        tempDir: tempDir,
        result: {
          outcome: "gitlab-error",
          jobs: [],
          startedAt: clock.now(),
          endedAt: 0
        }
      };
      const clientOptions = {
        gitlabUrl: settings.gitlabUrl,
        requestTimeoutMs: settings.requestTimeoutMs
      };
      const gitlab = new GitLabClient(clientOptions);
      const api = settings.apiToken ? new GitLabClient({
        ...clientOptions,
        token: settings.apiToken
      }) : void 0;
      // Once the trigger request is out, its failures are reported as they are, even after a
      // cancellation: GitLab may have created the pipeline.
            let triggerSent = false;
      try {
        // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
        if (api) await checkApiToken(api, settings, log, signal, clock);
        if (signal.aborted) return cancelledBeforeTrigger(run);
        if (settings.pipelineId !== void 0 && api) return await follow(api, await attach(api, run), run);
        const marker = await rerunMarker(api, run);
        if (typeof marker === "object") {
          if (!settings.wait || !api) return finish(run, "triggered");
          return await follow(api, marker, run);
        }
        triggerSent = true;
        const pipeline = await triggerMarked(gitlab, run, marker);
        if (!settings.wait || !api) return finish(run, "triggered");
        return await follow(api, pipeline, run);
      } catch (error) {
        // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
        if (signal.aborted && !(triggerSent && error instanceof GitLabError)) return cancelledBeforeTrigger(run);
        if (!(error instanceof GitLabError)) throw error;
        log.error(error.message, `GitLab: ${error.request}`);
        return finish(run, "gitlab-error", error.message, error);
      }
    }
    function finish(run, outcome, reason, error) {
      Object.assign(run.result, {
        outcome: outcome,
        endedAt: run.clock.now()
      });
      if (reason !== void 0) run.result.reason = reason;
      if (error !== void 0) run.result.error = error;
      return run.result;
    }
    /** Calls a front end's hook; its failure is its own to report and never stops the run. */    async function callHook(run, call) {
      try {
        await call();
      } catch (error) {
        run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`);
      }
    }
    function cancelledBeforeTrigger(run) {
      const reason = "Cancelled before a pipeline was created";
      run.log.error(reason, "Cancelled");
      return finish(run, "aborted", reason);
    }
    /**
 * on-rerun: on a re-run, the earlier attempt's pipeline (retried when it failed), to follow
 * instead of triggering; otherwise the marker to give the new pipeline, if any.
 */    async function rerunMarker(api, run) {
      const {settings: settings, log: log, clock: clock, signal: signal} = run;
      if (!settings.rerun || settings.onRerun !== "reuse") return;
      if (!api) {
        if (settings.rerun.attempt > 1) log.warning("This is a re-run, but on-rerun: reuse needs an api-token to find the pipeline an earlier attempt triggered: triggering a new one", "Re-run triggers a new pipeline");
        return;
      }
      const {marker: marker, attempt: attempt} = settings.rerun;
      if (attempt <= 1) return marker;
      const earlier = await findEarlierPipeline(api, settings, marker, log, clock, signal);
      if (earlier === void 0) return marker;
      const {pipeline: pipeline, retried: retried} = await reuseEarlierPipeline(api, settings, earlier, log, clock, signal);
      run.result.pipeline = pipeline;
      run.result.createdAt = clock.now();
      run.result.reused = retried ? "retried" : "followed";
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      return pipeline;
    }
    /**
 * The trigger, with the re-run marker among the variables. A project that refuses variables to
 * the trigger's owner answers 400 before creating anything: without variables of the user's own,
 * the pipeline is then triggered without the marker, and re-runs cannot find it.
 */    async function triggerMarked(client, run, marker) {
      if (marker === void 0) return trigger(client, run);
      try {
        return await trigger(client, run, {
          [RERUN_MARKER]: marker
        });
      } catch (error) {
        const refused = error instanceof GitLabError && error.status === 400 && /Insufficient permissions to set pipeline variables/i.test(error.gitlabMessage) && Object.keys(run.settings.variables).length === 0;
        if (!refused) throw error;
        run.log.warning(`GitLab refuses pipeline variables from this trigger token's owner, so the pipeline is triggered without the ${RERUN_MARKER} variable: a re-run of this job cannot find it and will trigger a new one (set on-rerun: new to skip the marker)`, "Re-runs cannot find this pipeline");
        return trigger(client, run);
      }
    }
    async function trigger(client, run, extraVariables = {}) {
      const {settings: settings, log: log, clock: clock, signal: signal} = run;
      const names = (label, values) => Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(", ")}` : "";
      log.info(`Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names("variables", settings.variables)}${names("inputs", settings.inputs)}`);
      let pipeline;
      // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
            const budgetMs = Math.min(settings.timeoutMs, 3e5);
      const deadline = clock.now() + budgetMs;
      try {
        pipeline = await triggerPipeline(client, settings.project, {
          token: settings.triggerToken,
          ref: settings.ref,
          variables: {
            ...settings.variables,
            ...extraVariables
          },
          // GitLab before 17.10 knows no inputs: send them only when given.
          ...Object.keys(settings.inputs).length > 0 ? {
            inputs: settings.inputs
          } : {}
        }, triggerPolicy({
          deadline: deadline,
          signal: signal,
          clock: clock,
          onRetry: (error, delayMs) => log.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
        }));
      } catch (error) {
        if (error instanceof GitLabError && error.status === 429 && error.retryAfterMs !== void 0 && clock.now() + error.retryAfterMs >= deadline) throw retryLater(error, budgetMs, clock);
        throw error instanceof GitLabError && error.kind !== "http" && !error.neverSent ? mayHaveCreated(error, settings) : error;
      }
      run.result.pipeline = pipeline;
      run.result.createdAt = clock.now();
      // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
            const yamlError = pipeline.status === "failed" && pipeline.yaml_errors;
      // The id and link go to the log before any runner file is written: whatever fails next, the
      // pipeline is not lost.
            if (yamlError) log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`); else log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, "GitLab pipeline triggered");
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      if (yamlError) throw new GitLabError({
        kind: "http",
        request: "POST trigger/pipeline",
        gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
        hint: "The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares"
      });
      return pipeline;
    }
    /** pipeline-id: the existing pipeline, read once, stands where the trigger's answer would. */    async function attach(client, run) {
      const {settings: settings, log: log, signal: signal} = run;
      const id = settings.pipelineId;
      log.info(`Following pipeline #${id} of ${settings.project} (${settings.gitlabUrl})`);
      const pipeline = await getPipeline(client, settings.project, id, quickReadPolicy({
        signal: signal
      }));
      run.result.pipeline = pipeline;
      run.result.createdAt = run.clock.now();
      log.notice(`Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`, "GitLab pipeline followed");
      await callHook(run, () => run.hooks.pipelineCreated?.(pipeline));
      return pipeline;
    }
    /**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */    function retryLater(error, budgetMs, clock) {
      const waitMs = error.retryAfterMs ?? 0;
      const at = new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, "Z");
      return error.with({
        hint: `GitLab asks to wait ${formatDuration(waitMs)}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again after ${at}`
      });
    }
    /** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */    function mayHaveCreated(error, settings) {
      const pipelines = /^\d+$/.test(settings.project) ? "the project's pipelines" : `${settings.gitlabUrl}/${settings.project}/-/pipelines`;
      return error.with({
        hint: `GitLab may have created the pipeline anyway, so it was not sent again: look at ${pipelines} before running this again`,
        retryAfterMs: void 0
      });
    }
    async function follow(client, pipeline, run) {
      const {settings: settings, log: log, signal: signal, clock: clock, result: result} = run;
      // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
      // the pipeline runs changes nothing.
            const project = String(pipeline.project_id);
      await callHook(run, () => run.hooks.watchStarted?.(pipeline, project));
      log.info(`Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`);
      const deadline = clock.now() + settings.timeoutMs;
      // Everything after the wait (last look, cancel, logs, report) ends by then.
            const stepEnd = deadline + 25e3;
      const watchEnded = () => callHook(run, () => run.hooks.watchEnded?.());
      let waited;
      const played = new Set;
      try {
        waited = await waitForPipeline({
          client: client,
          project: project,
          // A pipeline followed when it has already ended (or blocks on a job to play) is still
          // looked at once, for its jobs.
          pipeline: {
            ...pipeline,
            status: "created"
          },
          log: log,
          clock: clock,
          pollIntervalMs: settings.pollIntervalMs,
          deadline: deadline,
          signal: signal,
          onJobs: async (jobs, jobsProject, retry) => {
            const toPlay = jobsToPlay(jobs, settings.playManual, played);
            if (toPlay.length === 0) return false;
            await playManualJobs(client, jobsProject, toPlay, played, log, retry);
            return true;
          },
          followDownstream: settings.followDownstream,
          live: settings.jobLogs === "live" ? new LiveLogs(client, {
            project: project
          }) : void 0
        });
      } catch (error) {
        await watchEnded();
        throw error;
      }
      result.lastSeen = waited.pipeline;
      result.jobs = treeJobs(waited.tree);
      result.pipelines = treePipelines(waited.tree);
      const cancel = async (by, why, lookWithinMs) => {
        const status = await cancelDownstream(client, project, pipeline.id, pipeline.web_url, log, why, {
          clock: clock
        });
        result.cancel = {
          by: by,
          succeeded: status !== void 0,
          statusAfter: status
        };
        result.leftRunning = false;
        // GitLab cancels child pipelines with their parent but not multi-project ones
        // (docs/gitlab.md, "Cancelling a pipeline"): those still running are cancelled here.
                for (const node of multiProjectStillRunning(waited.tree)) await cancelDownstream(client, node.project, node.pipeline.id, node.pipeline.web_url, log, why, {
          clock: clock
        });
        // A cancel that failed changed nothing worth another read.
                if (status === void 0) return;
        const after = await lookAfterCancel(client, project, pipeline.id, lookWithinMs);
        if (after.status !== void 0) result.cancel.statusAfter = after.status;
        if (after.jobs !== void 0) result.cancel.jobsAfter = [ ...after.jobs.map(job => ({
          ...job,
          pipeline_id: pipeline.id
        })), ...result.jobs.filter(job => job.pipeline_id !== pipeline.id) ];
      };
      const cancelOnAbort = async () => {
        if (settings.cancelOnAbort) await cancel("abort", "this run was cancelled", 2e3); else result.leftRunning = true;
      };
      const cancelledRun = async while_ => {
        await watchEnded();
        const reason = `This run was cancelled while ${while_} pipeline #${pipeline.id}: ${pipeline.web_url}`;
        log.error(reason, "Cancelled");
        return finish(run, "aborted", reason);
      };
      if (waited.outcome === "aborted") {
        await cancelOnAbort();
        return cancelledRun("waiting for");
      }
      const timedOut = waited.outcome === "timeout";
      const status = timedOut ? "timeout" : waited.pipeline.status;
      result.finalStatus = status;
      result.duration = waited.pipeline.duration;
      // On timeout, cancel first: reading logs for the report can take a while.
            if (timedOut) if (settings.cancelOnTimeout) {
        const lookWithin = Math.min(5e3, stepEnd - 2e3 - clock.now());
        await cancel("timeout", "timeout reached", lookWithin);
      } else result.leftRunning = true;
      await report(client, project, waited, status, run, stepEnd);
      if (signal.aborted) {
        // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
        if (timedOut && !settings.cancelOnTimeout) await cancelOnAbort();
        return cancelledRun("reporting on");
      }
      if (timedOut) {
        const reason = `Pipeline #${pipeline.id} did not end within the timeout of ${formatDuration(settings.timeoutMs)}; it was ${waited.pipeline.status}: ${pipeline.web_url}`;
        log.error(reason, "Timed out");
        await watchEnded();
        return finish(run, "timeout", reason);
      }
      await watchEnded();
      const accepted = settings.acceptStatuses.includes(status);
      const collected = await collectResults({
        client: client,
        project: project,
        jobs: result.jobs,
        pipelines: result.pipelines,
        settings: settings,
        log: log,
        clock: clock,
        signal: signal,
        deadline: stepEnd - 2e3,
        tempDir: run.tempDir
      });
      if (collected.jobOutputs !== void 0) {
        result.jobOutputs = collected.jobOutputs;
        result.maskedOutputValues = collected.maskedValues;
        result.outputClashes = collected.outputClashes;
      }
      if (collected.artifactsDir !== void 0) result.artifactsDir = collected.artifactsDir;
      if (signal.aborted) return cancelledRun("reading the results of");
      if (accepted && collected.problems.length > 0) return finish(run, "results-failed", collected.problems.join("\n"));
      if (accepted) return finish(run, "accepted");
      const reason = `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(", ")}): ${pipeline.web_url}`;
      log.error(reason, `Pipeline ${status}`);
      return finish(run, "not-accepted", reason);
    }
    /** The final status line, the job logs and the per-job errors, for every pipeline followed. */    async function report(client, project, waited, status, run, stepEnd) {
      const {settings: settings, log: log, signal: signal, clock: clock} = run;
      const {pipeline: pipeline} = waited;
      const duration = pipeline.duration === null ? "" : ` after ${formatDuration(pipeline.duration * 1e3)}`;
      log.info(`Pipeline #${pipeline.id} ${status === "timeout" ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`);
      for (const node of waited.tree.slice(1)) log.info(`${node.prefix}Pipeline #${node.pipeline.id} ${isFinalStatus(node.pipeline.status) ? "ended" : "is"} ${node.pipeline.status}: ${node.pipeline.web_url}`);
      // Live logs were shown while the jobs ran: not a second time.
            if (settings.jobLogs !== "live") {
        // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
        const logs = timeLimit(Math.max(0, stepEnd - 2e3 - clock.now()), signal);
        try {
          for (const node of waited.tree) {
            if (node.unreadable) continue;
            await printJobLogs(client, node === waited.tree[0] ? project : node.project, jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
              ...job,
              stage: node.prefix + job.stage
            })), log, quickReadPolicy({
              deadline: stepEnd - 2e3,
              signal: logs.signal,
              clock: clock
            }));
          }
        } finally {
          logs.dispose();
        }
      }
      for (const node of waited.tree) for (const job of [ ...node.jobs, ...node.bridges ].filter(job => job.status === "failed").sort((a, b) => a.id - b.id)) {
        const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, " ")})` : "";
        const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`;
        if (job.allow_failure) log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`); else log.error(message, `GitLab job ${job.name} failed`);
      }
    }
    /** Every job and trigger job of the followed tree, with its pipeline, sorted by id. */    function treeJobs(tree) {
      return tree.flatMap(node => [ ...node.jobs, ...node.bridges ].map(job => ({
        ...job,
        pipeline_id: node.pipeline.id
      }))).sort((a, b) => a.id - b.id);
    }
    function treePipelines(tree) {
      return tree.map(node => ({
        id: node.pipeline.id,
        project_id: node.pipeline.project_id,
        web_url: node.pipeline.web_url,
        status: node.pipeline.status,
        parent_id: node.parentId,
        ...node.trigger ? {
          trigger_job_id: node.trigger.id
        } : {},
        path: node.prefix.trimEnd(),
        ...node.unreadable ? {
          unreadable: node.unreadable
        } : {}
      }));
    }
    /**
 * Downstream pipelines in another project than the pipeline that started them, still running:
 * cancelling their parent leaves them running.
 */    function multiProjectStillRunning(tree) {
      const byId = new Map(tree.map(node => [ node.pipeline.id, node ]));
      return tree.filter(node => {
        if (node.parentId === null || isFinalStatus(node.pipeline.status)) return false;
        const parent = byId.get(node.parentId);
        return parent !== void 0 && parent.pipeline.project_id !== node.pipeline.project_id;
      });
    }
    // CONCATENATED MODULE: ./src/run/run-result.ts
    /** What a later step or script needs of each job (the `jobs` output, `--json`), in id order. */
    function jobEssentials(jobs) {
      return [ ...jobs ].sort((a, b) => a.id - b.id).map(({id: id, name: name, stage: stage, status: status, web_url: web_url, duration: duration, allow_failure: allow_failure, pipeline_id: pipeline_id}) => ({
        id: id,
        name: name,
        stage: stage,
        status: status,
        web_url: web_url,
        duration: duration,
        allow_failure: allow_failure,
        pipeline_id: pipeline_id ?? null
      }));
    }
    /** What a later step needs of each followed pipeline (the `pipelines` output, `--json`). */    function pipelineEssentials(pipelines = []) {
      return pipelines.map(({id: id, project_id: project_id, web_url: web_url, status: status, parent_id: parent_id}) => ({
        id: id,
        project_id: project_id,
        web_url: web_url,
        status: status,
        parent_id: parent_id
      }));
    }
    // CONCATENATED MODULE: ./src/runtime/signals.ts
    /**
 * An AbortSignal that fires on SIGINT or SIGTERM. The runner cancels a step with SIGINT, then
 * SIGTERM 7.5 s later, then kills the process tree (actions/runner ProcessInvoker.cs).
 */
    function abortOnSignals() {
      const controller = new AbortController;
      const onSignal = signal => controller.abort(new Error(`received ${signal}`));
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      return controller.signal;
    }
    // CONCATENATED MODULE: ./src/cli/commands/trigger.ts
    // The command's flags and usage.
    const TRIGGER_FLAGS = {
      ...CONNECTION_FLAGS,
      ref: {
        type: "string",
        example: "main"
      },
      var: {
        type: "string",
        multiple: true,
        example: "DEPLOY_ENV=staging"
      },
      "variables-file": {
        type: "string",
        example: "deploy.env"
      },
      input: {
        type: "string",
        multiple: true,
        example: "replicas=3"
      },
      wait: {
        type: "boolean"
      },
      timeout: {
        type: "string",
        example: "30m"
      },
      "poll-interval": {
        type: "string",
        example: "15s"
      },
      "accept-statuses": {
        type: "string",
        example: "success,manual"
      },
      "cancel-on-timeout": {
        type: "boolean",
        negatable: true
      },
      "cancel-on-abort": {
        type: "boolean",
        negatable: true
      },
      "job-logs": {
        type: "string",
        example: "failed"
      },
      "outputs-from": {
        type: "string",
        multiple: true,
        example: "deploy:deploy.env"
      },
      artifacts: {
        type: "string",
        multiple: true,
        example: "build:dist/**"
      },
      "artifacts-dir": {
        type: "string",
        example: "gitlab-artifacts"
      },
      "pipeline-id": {
        type: "string",
        example: "1234"
      },
      "play-manual": {
        type: "string",
        example: "deploy-prod"
      },
      "follow-downstream": {
        type: "boolean",
        negatable: true
      },
      "trigger-token": {
        type: "string"
      },
      version: {
        type: "boolean",
        short: "V"
      }
    };
    const TRIGGER_USAGE_LINE = `usage: ${TOOL_NAME} --project my-group/my-project --ref main [options]   (${TOOL_NAME} --help for all options)`;
    const TRIGGER_USAGE = `Usage: ${TOOL_NAME} --project PROJECT --ref REF [options]\n       ${TOOL_NAME} tokens list|get|create|update|delete ...   (tokens --help)\n\nTriggers a GitLab pipeline and, with --wait, follows it until it ends.\n\nOptions:\n  --project PROJECT          numeric project id or full path, e.g. my-group/my-project (required)\n  --ref REF                  branch or tag to run the pipeline on (required)\n  --gitlab-url URL           the GitLab instance (default: $GITLAB_URL, else https://gitlab.com)\n  --var KEY=VALUE            a CI/CD variable; repeatable\n  --variables-file FILE      a dotenv file (KEY=VALUE lines, export, quotes, # comments), read\n                             with Node's util.parseEnv (Node 20.12+); --var wins over it\n  --input NAME=VALUE         a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"]\n                             keep their JSON type; anything else (007, 41e50312) is the string given\n  --wait                     follow the pipeline until it ends (needs ${API_TOKEN_ENV})\n  --timeout DURATION         longest wait: seconds (90) or 45s, 30m, 1h30m (default 1h)\n  --poll-interval DURATION   longest pause between status checks (default 15s)\n  --accept-statuses LIST     final statuses that count as success (default success),\n                             e.g. success,manual; known: success, failed, canceled, skipped, manual\n  --no-cancel-on-timeout     leave the pipeline running when --timeout is reached\n  --no-cancel-on-abort       leave the pipeline running on Ctrl-C or SIGTERM while waiting\n                             (--cancel-on-timeout and --cancel-on-abort, the defaults, also exist)\n  --job-logs WHICH           job logs to print when the pipeline ends: none, failed (default) or\n                             all; or live: every job's log as it runs, each line prefixed with\n                             the job when several run\n  --no-follow-downstream     do not follow the child and multi-project pipelines trigger jobs start\n  --outputs-from JOB:PATH    after the pipeline ends, read PATH (dotenv, or .json) from the\n                             artifacts of the newest job JOB into job_outputs; repeatable\n  --artifacts JOB[:GLOB]     download and extract that job's artifacts (or the files matching\n                             GLOB) under --artifacts-dir/JOB/; repeatable\n  --artifacts-dir DIR        where artifacts go, relative to the working directory\n                             (default gitlab-artifacts)\n  --pipeline-id ID           follow this existing pipeline instead of triggering one (no\n                             trigger token or --ref needed; ${API_TOKEN_ENV} is)\n  --play-manual NAMES        comma-separated manual jobs to play when the pipeline reaches them,\n                             or * for every manual job that blocks it (needs the api scope)\n  --json                     print the outputs as one JSON object on stdout\n  -h, --help                 print this help\n  -V, --version              print the version\n\nEnvironment:\n  GITLAB_TRIGGER_TOKEN       the project's pipeline trigger token (required unless --pipeline-id)\n  ${API_TOKEN_ENV}           an access token with read_api (api to cancel); required by --wait\n  GITLAB_URL                 default for --gitlab-url\n  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)\n  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines\n  --trigger-token and --api-token also work, but command lines are visible to other processes.\n\nOutput:\n  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:\n  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also\n  duration (seconds), jobs ([{id, name, stage, status, web_url, duration, allow_failure,\n  pipeline_id}]), pipelines ([{id, project_id, web_url, status, parent_id}]),\n  job_outputs (with --outputs-from) and artifacts_dir (with --artifacts, absolute).\n\nExit codes:\n  0  triggered (with --wait: ended in an accepted status)\n  1  the pipeline ended in another status, the wait timed out, or the wait was interrupted\n  2  bad usage or input; nothing was sent\n  3  GitLab refused the request or could not be reached\n\nExample:\n  export GITLAB_TRIGGER_TOKEN=glptt-… ${API_TOKEN_ENV}=glpat-…\n  ${TOOL_NAME} --gitlab-url https://gitlab.example.com --project my-group/app --ref main \\\n    --var DEPLOY_ENV=staging --input replicas=3 --wait --timeout 30m --json\n`
    /** Turns the command line and environment into the action's raw inputs; throws UsageError. */;
    function parseTriggerArgs(argv, env) {
      const {values: values} = readFlags(argv, TRIGGER_FLAGS, TRIGGER_USAGE_LINE);
      if (values.help) return {
        kind: "help"
      };
      if (values.version) return {
        kind: "version"
      };
      const inputs = connectionInputs(values, env);
      tokenInput(inputs, values, env, "trigger-token", "GITLAB_TRIGGER_TOKEN");
      const text = name => optionalString(values[name]) ?? "";
      const flag = name => values[name] === void 0 ? "" : String(values[name]);
      Object.assign(inputs.raw, {
        ref: text("ref"),
        variables: variablesText(values, inputs.problems),
        inputs: lines("input", values.input, "NAME=VALUE", "replicas=3", inputs.problems),
        wait: flag("wait"),
        timeout: text("timeout"),
        "poll-interval": text("poll-interval"),
        "accept-statuses": text("accept-statuses"),
        "cancel-on-timeout": flag("cancel-on-timeout"),
        "cancel-on-abort": flag("cancel-on-abort"),
        "job-logs": text("job-logs"),
        "outputs-from": (Array.isArray(values["outputs-from"]) ? values["outputs-from"] : []).join("\n"),
        artifacts: (Array.isArray(values.artifacts) ? values.artifacts : []).join("\n"),
        "artifacts-dir": text("artifacts-dir"),
        "pipeline-id": text("pipeline-id"),
        "play-manual": text("play-manual"),
        "follow-downstream": flag("follow-downstream"),
        // A terminal has no job summary page.
        summary: "false"
      });
      Object.assign(inputs.labels, {
        ref: "--ref",
        variables: "--var/--variables-file",
        inputs: "--input",
        wait: "--wait",
        timeout: "--timeout",
        "poll-interval": "--poll-interval",
        "accept-statuses": "--accept-statuses",
        "cancel-on-timeout": "--cancel-on-timeout",
        "cancel-on-abort": "--cancel-on-abort",
        "job-logs": "--job-logs",
        "outputs-from": "--outputs-from",
        artifacts: "--artifacts",
        "artifacts-dir": "--artifacts-dir",
        "pipeline-id": "--pipeline-id",
        "play-manual": "--play-manual",
        "follow-downstream": "--follow-downstream"
      });
      return {
        kind: "trigger",
        inputs: inputs,
        json: values.json === true
      };
    }
    /**
 * Without a file: the --var values as the action's KEY=VALUE lines. With --variables-file: one
 * JSON object, since dotenv values may span lines; a --var overrides the file's value of its key.
 */    function variablesText(values, problems) {
      const fromFlags = lines("var", values.var, "KEY=VALUE", "DEPLOY_ENV=staging", problems);
      const file = optionalString(values["variables-file"]);
      if (file === void 0) return fromFlags;
      const merged = readVariablesFile(file, problems);
      if (!merged) return "";
      const seen = new Set;
      for (const line of fromFlags ? fromFlags.split("\n") : []) {
        const key = line.slice(0, line.indexOf("=")).trim();
        if (seen.has(key)) problems.push(`--var ${key} is set twice; set each variable once`);
        seen.add(key);
        Object.defineProperty(merged, key, {
          value: line.slice(line.indexOf("=") + 1).trim(),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return JSON.stringify(merged);
    }
    /** A dotenv file as Node reads one (`export`, quotes, multi-line values, comments). */    function readVariablesFile(file, problems) {
      let text;
      try {
        text = (0, external_node_fs_namespaceObject.readFileSync)(file, "utf8");
      } catch (error) {
        const code = error.code;
        const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : error.message;
        problems.push(`--variables-file cannot read "${file}": ${why}. Example: --variables-file deploy.env, with lines such as DEPLOY_ENV=staging`);
        return;
      }
      // util.parseEnv arrived in Node 20.12; engines allows any Node 20.
            const parseEnv = external_node_util_.parseEnv;
      if (!parseEnv) {
        problems.push(`--variables-file needs Node 20.12 or later (util.parseEnv); this is Node ${process.versions.node}. Pass the variables with --var KEY=VALUE instead`);
        return;
      }
      const parsed = parseEnv(text);
      const result = {};
      for (const [key, value] of Object.entries(parsed)) Object.defineProperty(result, key, {
        value: value,
        enumerable: true,
        writable: true,
        configurable: true
      });
      const meaningful = text.split(/\r?\n/).some(line => line.trim() && !line.trim().startsWith("#"));
      if (Object.keys(result).length === 0 && meaningful) {
        problems.push(`--variables-file "${file}" has no KEY=VALUE line. Example: DEPLOY_ENV=staging, or export DEPLOY_ENV="staging"`);
        return;
      }
      return result;
    }
    /**
 * Repeated `--var`/`--input` values as the action's one-per-line format. Each must hold a `=`
 * and fit on one line; settings.ts checks the rest (names, duplicates, JSON values).
 */    function lines(flag, values, shape, example, problems) {
      const good = [];
      for (const value of Array.isArray(values) ? values : []) if (value.indexOf("=") <= 0) problems.push(`--${flag} "${value}" is not ${shape}. Example: --${flag} ${example}`); else if (/[\r\n]/.test(value)) problems.push(`--${flag} ${value.slice(0, value.indexOf("="))}=…: the value contains a line break, which --${flag} cannot carry`); else good.push(value);
      return good.join("\n");
    }
    /** docs/contract.md section 4: 0 accepted, 1 pipeline not accepted, timed out or cancelled, 3 GitLab refused or unreachable. */    function exitCodeOf(result) {
      if (result.outcome === "accepted" || result.outcome === "triggered") return 0;
      return result.outcome === "gitlab-error" ? 3 : 1;
    }
    /** The default command: trigger a pipeline (and follow it). Returns the exit code. */    async function runTrigger(argv, env, reporter) {
      const command = parseTriggerArgs(argv, env);
      if (command.kind === "help") {
        reporter.result(TRIGGER_USAGE);
        return 0;
      }
      if (command.kind === "version") {
        reporter.result("1.0.0");
        return 0;
      }
      const {inputs: inputs, json: json} = command;
      for (const secret of [ inputs.raw["trigger-token"], inputs.raw["api-token"] ]) if (secret?.trim()) reporter.mask(secret.trim());
      for (const warning of inputs.warnings) reporter.warning(warning);
      const settings = {
        ...settingsFrom(inputs, TRIGGER_USAGE_LINE),
        requestTimeoutMs: requestTimeoutOrUsageError(env, TRIGGER_USAGE_LINE),
        workspace: process.cwd()
      };
      const result = await triggerAndFollow(settings, {
        log: withFlagNames(reporter),
        signal: abortOnSignals()
      });
      // stdout: the result as one JSON object (even `{}` when nothing was created, so `| jq` always
      // has something to read), or else just the pipeline's web URL once there is one.
            if (json) reporter.result(JSON.stringify(resultJson(result))); else if (result.pipeline) reporter.result(result.pipeline.web_url);
      return exitCodeOf(result);
    }
    /**
 * --json: the action's outputs with snake_case keys, numbers kept numbers. The status is the final
 * one (or `timeout`) once the wait reached it, else the status GitLab created the pipeline with.
 */    function resultJson(result) {
      const {pipeline: pipeline} = result;
      if (!pipeline) return {};
      const json = {
        pipeline_id: pipeline.id,
        pipeline_iid: pipeline.iid,
        web_url: pipeline.web_url,
        project_id: pipeline.project_id,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: result.finalStatus ?? pipeline.status
      };
      if (result.finalStatus !== void 0) {
        json.duration = result.duration ?? null;
        json.jobs = jobEssentials(result.jobs);
        json.pipelines = pipelineEssentials(result.pipelines);
      }
      if (result.jobOutputs !== void 0) json.job_outputs = result.jobOutputs;
      if (result.artifactsDir !== void 0) json.artifacts_dir = result.artifactsDir;
      return json;
    }
    // CONCATENATED MODULE: ./src/cli/index.ts
    (// CONCATENATED MODULE: ./src/runtime/exit.ts
    /**
 * A reader that went away (`| head -c0`, a closed pipe) makes writes fail with EPIPE. Nothing more
 * can be shown there, and the exit code must still be the pipeline's: no stack trace, no crash.
 */
    function survivePipeClosed() {
      for (const stream of [ process.stdout, process.stderr ]) stream.on("error", () => {});
    })();
    // No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
        (// CONCATENATED MODULE: ./src/cli/main.ts
    /** The command line: `tokens …`, or trigger (and follow) a pipeline. Returns the exit code. */
    async function run(argv, env) {
      const reporter = new CliReporter({
        showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG)
      });
      // Before parsing: a usage error may quote any argument, and one may be a token.
            for (const secret of secretsToMask(argv, env)) reporter.mask(secret);
      try {
        if (argv[0] === "tokens") return await runTokens(argv.slice(1), env, reporter);
        return await runTrigger(argv, env, reporter);
      } catch (error) {
        if (error instanceof UsageError) {
          for (const problem of error.problems) reporter.error(problem);
          reporter.info(error.usage);
          return 2;
        }
        reporter.error(`unexpected: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        return 1;
      }
    })(process.argv.slice(2), process.env).then(code => exitWhenFlushed(code));
  })();
  module.exports = {};
  /******/})();