const decisions = {};

export default decisions;
