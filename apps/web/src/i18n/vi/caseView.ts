const caseView = {};

export default caseView;
