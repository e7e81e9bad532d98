const inbox = {};

export default inbox;
