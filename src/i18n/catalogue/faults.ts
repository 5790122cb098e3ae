// What gkml says when the machine refuses a read or a write (a full disk, no permission, a file
// open in another program …): the path the user gave, the cause, and what to do, in one line.
import { defineMessages } from '../messages.js';

export const FAULTS = defineMessages({
  cannotWrite: { zh: '无法写入 {path}：{cause}', en: 'cannot write {path}: {cause}' },
  cannotRead: { zh: '无法读取 {path}：{cause}', en: 'cannot read {path}: {cause}' },
  // A system error that names no path (a write to a file already open): only the cause can be told.
  cannotReadOrWrite: { zh: '读写文件失败：{cause}', en: 'a file could not be read or written: {cause}' },

  diskFull: {
    zh: '磁盘空间已满；请清理磁盘或换一个空间充足的位置后重试',
    en: 'the disk is full; free some space or choose a place with room, then try again',
  },
  quotaFull: {
    zh: '磁盘配额已用完；请清理文件或请管理员提高配额后重试',
    en: 'the disk quota is used up; remove some files or ask the administrator for more, then try again',
  },
  noWritePermission: {
    zh: '没有写入权限；请换一个你有权写入的位置，或请管理员开放该文件夹的权限',
    en: 'permission denied; choose a place you may write to, or ask the administrator to grant it',
  },
  noReadPermission: { zh: '没有读取权限；请管理员开放该文件的读取权限', en: 'permission denied; ask the administrator to let you read it' },
  noSuchFolder: {
    zh: '路径中的文件夹不存在且无法创建（或不是文件夹）；请检查路径是否写对',
    en: 'a folder on the path does not exist and cannot be created there (or is not a folder); check the path',
  },
  noSuchFile: { zh: '文件不存在；请检查路径是否写对', en: 'no such file; check the path' },
  readOnly: {
    zh: '文件系统是只读的；请换一个可写的位置（如本机磁盘上的文件夹）',
    en: 'the file system is read-only; choose a writable place (e.g. a folder on a local disk)',
  },
  busy: {
    zh: '文件被其他程序占用（如在 WPS 或 Excel 中打开）；请关闭该程序后重试',
    en: 'the file is in use by another program (e.g. open in WPS or Excel); close it and try again',
  },
  tooManyFiles: {
    zh: '同时打开的文件太多；请关闭一些程序，或提高打开文件数上限（如 ulimit -n 4096）后重试',
    en: 'too many open files; close some programs or raise the open-file limit (e.g. ulimit -n 4096), then try again',
  },
  nameTooLong: { zh: '路径或文件名太长；请换一个较短的路径', en: 'the path or file name is too long; choose a shorter path' },
  isFolder: { zh: '这是一个文件夹；请给出文件名', en: 'it is a folder; give a file name' },
  notFolder: {
    zh: '已有同名的文件，不是文件夹；请换一个路径，或移走该文件',
    en: 'a file of that name is there, not a folder; choose another path or move the file away',
  },
  symlinkLoop: { zh: '路径中的符号链接形成了循环；请检查这些链接', en: 'the symbolic links on the path form a loop; check them' },
  deviceError: {
    zh: '磁盘读写出错（设备故障或网络盘断开）；请检查磁盘或网络连接后重试',
    en: 'the disk reported an I/O error (a failing device or a lost network drive); check it and try again',
  },
  otherFault: { zh: '系统错误 {code}；请检查该路径后重试', en: 'system error {code}; check the path and try again' },
});
