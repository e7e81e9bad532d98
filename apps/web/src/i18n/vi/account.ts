const account = {
  title: 'Tài khoản',
  profile: 'Thông tin của bạn',
  displayName: 'Họ và tên',
  username: 'Tên đăng nhập',
  roles: 'Vai trò theo đơn vị',
  unit: 'Đơn vị',
  role: 'Vai trò',
  noRoles: 'Bạn chưa được giao vai trò nào. Hãy liên hệ quản trị viên.',
  unitOutOfScope: 'Đơn vị không xem được',
  password: {
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    new: 'Mật khẩu mới',
    newHelp: '12–200 ký tự, có ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký hiệu; không chứa tên đăng nhập.',
    confirm: 'Nhập lại mật khẩu mới',
    required: 'Hãy nhập {{field}}',
    mismatch: 'Hai lần nhập mật khẩu mới không khớp.',
    submit: 'Đổi mật khẩu',
    done: 'Đã đổi mật khẩu.',
    othersEnded: 'Các phiên đăng nhập khác của bạn (trên máy hoặc trình duyệt khác) đã kết thúc; phiên này vẫn tiếp tục. Lần đăng nhập sau, hãy dùng mật khẩu mới.',
  },
  language: {
    title: 'Ngôn ngữ',
    help: 'Áp dụng ngay cho trình duyệt này, giống lựa chọn ở trình đơn người dùng phía trên.',
    vi: 'Tiếng Việt',
    en: 'English',
  },
};

export default account;
